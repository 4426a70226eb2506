package com.penguinmails.operational.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceCallersTest {

    private final ServiceCallers services = new ServiceCallers(List.of(
            new ServiceToken("ingestion", TokenHashes.sha256Hex("ingestion-secret")),
            new ServiceToken("query-api", TokenHashes.sha256Hex("query-secret").toUpperCase())));

    @Test
    void aConfiguredTokenIsAServiceCallerHoldingOnlyInternalRead() {
        Caller caller = services.authenticate("query-secret", "10.0.0.5").orElseThrow();

        assertThat(caller.actor()).isEqualTo("service:query-api");
        assertThat(caller.isService()).isTrue();
        assertThat(caller.sourceAddress()).isEqualTo("10.0.0.5");
        assertThat(AccessGuard.allows(caller, Permission.INTERNAL_READ)).isTrue();
        assertThat(AccessGuard.allows(caller, Permission.ORGANISATION_READ)).isFalse();
    }

    @Test
    void anyOtherTokenIsNoService() {
        assertThat(services.authenticate("ingestion-secret2", "10.0.0.5")).isEmpty();
        assertThat(services.authenticate(TokenHashes.sha256Hex("ingestion-secret"), "10.0.0.5")).isEmpty();
    }

    @Test
    void readsBearerTokensOnlyFromTheBearerScheme() {
        assertThat(BearerTokens.of("Bearer abc")).contains("abc");
        assertThat(BearerTokens.of("bearer  abc ")).contains("abc");
        assertThat(BearerTokens.of("Basic abc")).isEmpty();
        assertThat(BearerTokens.of("Bearer ")).isEmpty();
        assertThat(BearerTokens.of(null)).isEmpty();
    }
}
