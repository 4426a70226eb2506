package com.penguinmails.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RemoteApiKeyStoreTest {

    private static final String ACME_HASH = ApiKeyHasher.sha256Hex("pm_test_acme");
    private static final TenantPrincipal ACME = new TenantPrincipal("acme", Optional.of("k1"),
            Set.of(ApiKeyScopes.EVENTS_WRITE), OptionalInt.of(100));

    /** The operational API as the store sees it: answers from a map, or is down; counts the questions. */
    private static final class FakeValidator implements ApiKeyValidator {
        final Map<String, TenantPrincipal> live = new HashMap<>();
        boolean down;
        int calls;

        @Override
        public Optional<TenantPrincipal> validate(String secretSha256Hex) {
            calls++;
            if (down) {
                throw new ApiKeyStoreUnavailableException("down", null);
            }
            return Optional.ofNullable(live.get(secretSha256Hex));
        }
    }

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Ticker ticker = nanos::get;
    private final FakeValidator validator = new FakeValidator();
    private final RemoteApiKeyStore store = new RemoteApiKeyStore(validator, Duration.ofSeconds(30),
            Duration.ofSeconds(5), Duration.ofSeconds(60), 1000, ticker);

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void asksOnceWhileALiveKeyIsFresh() {
        validator.live.put(ACME_HASH, ACME);

        assertThat(store.findBySecretHash(ACME_HASH)).contains(ACME);
        advance(Duration.ofSeconds(29));
        assertThat(store.findBySecretHash(ACME_HASH)).contains(ACME);

        assertThat(validator.calls).isEqualTo(1);
    }

    @Test
    void revokedKeyStopsWorkingOnceThePositiveTtlHasPassed() {
        validator.live.put(ACME_HASH, ACME);
        assertThat(store.findBySecretHash(ACME_HASH)).isPresent();

        validator.live.clear();
        advance(Duration.ofSeconds(29));
        assertThat(store.findBySecretHash(ACME_HASH)).as("still cached").isPresent();
        advance(Duration.ofSeconds(1));
        assertThat(store.findBySecretHash(ACME_HASH)).isEmpty();
        assertThat(validator.calls).isEqualTo(2);
    }

    @Test
    void remembersUnknownKeysForTheNegativeTtlOnly() {
        assertThat(store.findBySecretHash(ACME_HASH)).isEmpty();
        validator.live.put(ACME_HASH, ACME);
        advance(Duration.ofSeconds(4));
        assertThat(store.findBySecretHash(ACME_HASH)).isEmpty();
        advance(Duration.ofSeconds(1));
        assertThat(store.findBySecretHash(ACME_HASH)).contains(ACME);
        assertThat(validator.calls).isEqualTo(2);
    }

    @Test
    void servesAConfirmedKeyWhileTheApiIsDownUpToTheStaleLimitThenRefuses() {
        validator.live.put(ACME_HASH, ACME);
        assertThat(store.findBySecretHash(ACME_HASH)).isPresent();

        validator.down = true;
        advance(Duration.ofSeconds(45));
        assertThat(store.findBySecretHash(ACME_HASH)).contains(ACME);
        advance(Duration.ofSeconds(15));
        assertThatThrownBy(() -> store.findBySecretHash(ACME_HASH))
                .isInstanceOf(ApiKeyStoreUnavailableException.class);
    }

    @Test
    void unknownKeyWhileTheApiIsDownIsUnavailableNotUnauthorised() {
        validator.down = true;

        assertThatThrownBy(() -> store.findBySecretHash(ACME_HASH))
                .isInstanceOf(ApiKeyStoreUnavailableException.class);
    }

    @Test
    void refusesAStaleLimitShorterThanThePositiveTtl() {
        assertThatThrownBy(() -> new RemoteApiKeyStore(validator, Duration.ofSeconds(30), Duration.ofSeconds(5),
                Duration.ofSeconds(10), 10, ticker)).isInstanceOf(IllegalArgumentException.class);
    }
}
