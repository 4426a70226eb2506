package com.penguinmails.operational.apikeys;

import com.penguinmails.apikeys.ApiKeyHasher;
import com.penguinmails.operational.access.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Authenticates API keys against {@code api_keys} by the SHA-256 of the presented key: a revoked or expired key fails at
 * once. Also answers the services' validation by hash. Each success is noted for the batched last-used time.
 */
final class JdbiApiKeyCallers implements ApiKeyCallers {

    private final Jdbi jdbi;
    private final ApiKeyDao dao;
    private final LastUsedRecorder lastUsed;
    private final Clock clock;

    JdbiApiKeyCallers(Jdbi jdbi, ApiKeyDao dao, LastUsedRecorder lastUsed, Clock clock) {
        this.jdbi = jdbi;
        this.dao = dao;
        this.lastUsed = lastUsed;
        this.clock = clock;
    }

    @Override
    public Optional<Caller> authenticate(String token, String sourceAddress) {
        if (!ApiKeySecrets.looksLikeKey(token)) {
            return Optional.empty();
        }
        return liveKey(ApiKeyHasher.sha256Hex(token)).map(key -> new Caller(key.tenantId(), "key:" + key.prefix(),
                Optional.empty(), Optional.of(key.id()), Optional.empty(), Map.of(), Set.copyOf(key.scopes()),
                sourceAddress));
    }

    /** The live key whose secret has this hash, noted as used now. */
    Optional<StoredApiKey> liveKey(String secretSha256) {
        Instant now = clock.instant();
        Optional<StoredApiKey> key = jdbi.withHandle(handle -> dao.findLive(handle, secretSha256, now));
        key.ifPresent(found -> lastUsed.used(found.id(), now));
        return key;
    }
}
