package com.penguinmails.operational.access;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises internal service tokens by their configured SHA-256 and turns them into service callers, which hold only
 * {@link Permission#INTERNAL_READ}.
 */
public final class ServiceCallers {

    private record Known(String name, byte[] sha256) {
    }

    private final List<Known> known;

    public ServiceCallers(List<ServiceToken> tokens) {
        this.known = tokens.stream()
                .map(token -> new Known(token.getName(), HexFormat.of().parseHex(token.getSha256().toLowerCase())))
                .toList();
    }

    /** The service caller of {@code token}, or empty when no configured service presents it. */
    public Optional<Caller> authenticate(String token, String sourceAddress) {
        byte[] presented = TokenHashes.sha256(token);
        Optional<Caller> found = Optional.empty();
        // Compare with every entry in constant time, so timing does not tell how much of a hash matched.
        for (Known service : known) {
            if (MessageDigest.isEqual(presented, service.sha256()) && found.isEmpty()) {
                found = Optional.of(new Caller(Caller.ALL_TENANTS, "service:" + service.name(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Map.of(), Set.of(), sourceAddress));
            }
        }
        return found;
    }
}
