package com.penguinmails.apikeys;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** An {@link ApiKeyStore} holding the key hashes given in a service's configuration. */
public final class ConfiguredApiKeys implements ApiKeyStore {

    private final Map<String, TenantPrincipal> tenantsByHash;

    public ConfiguredApiKeys(List<ApiKeysFactory.ConfiguredKey> keys) {
        this.tenantsByHash = keys.stream()
                .collect(Collectors.toUnmodifiableMap(
                        key -> key.sha256().toLowerCase(Locale.ROOT),
                        key -> key.scopes() == null ? new TenantPrincipal(key.tenantId())
                                : new TenantPrincipal(key.tenantId(), Optional.empty(), key.scopes(),
                                        OptionalInt.empty())));
    }

    @Override
    public Optional<TenantPrincipal> findBySecretHash(String secretSha256Hex) {
        return Optional.ofNullable(tenantsByHash.get(secretSha256Hex));
    }
}
