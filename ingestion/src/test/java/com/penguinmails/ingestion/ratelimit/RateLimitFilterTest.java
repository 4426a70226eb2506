package com.penguinmails.ingestion.ratelimit;

import static com.penguinmails.ingestion.events.SampleEvents.array;
import static com.penguinmails.ingestion.events.SampleEvents.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.apikeys.ApiKeyHasher;
import com.penguinmails.apikeys.ApiKeyScopes;
import com.penguinmails.apikeys.ApiKeyStore;
import com.penguinmails.apikeys.ApiKeysFactory;
import com.penguinmails.apikeys.ConfiguredApiKeys;
import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.ingestion.events.EventBatchReader;
import com.penguinmails.ingestion.events.EventsResource;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class RateLimitFilterTest {

    private static final String ACME_KEY = "pm_acme_secret";
    private static final String GLOBEX_KEY = "pm_globex_secret";
    /** An issued key of globex with its own limit of 2 events per second. */
    private static final String GLOBEX_LIMITED_KEY = "pm_globex_limited";
    private static final ConfiguredApiKeys CONFIGURED = new ConfiguredApiKeys(List.of(
            new ApiKeysFactory.ConfiguredKey("acme", ApiKeyHasher.sha256Hex(ACME_KEY)),
            new ApiKeysFactory.ConfiguredKey("globex", ApiKeyHasher.sha256Hex(GLOBEX_KEY))));
    private static final ApiKeyStore KEYS = hash -> hash.equals(ApiKeyHasher.sha256Hex(GLOBEX_LIMITED_KEY))
            ? Optional.of(new TenantPrincipal("globex", Optional.of("k-limited"), ApiKeyScopes.ALL, OptionalInt.of(2)))
            : CONFIGURED.findBySecretHash(hash);
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong();
    private final MetricRegistry metrics = new MetricRegistry();

    /** 10 events per second, bursts of 10; globex may send 1,000 per second. */
    private final ResourceExtension resources = ResourceExtension.builder()
            .addProvider(ApiKeysFactory.authFeature(KEYS))
            .addProvider(new AuthValueFactoryProvider.Binder<>(TenantPrincipal.class))
            .addProvider(new RateLimitFilter(new RateLimiter(new RateLimit(10, 10),
                    Map.of("globex", new RateLimit(1_000, 1_000)), clock::get), metrics))
            .addResource(new EventsResource(new EventBatchReader(64 * 1024, 100), events -> { },
                    Clock.systemUTC(), Duration.ofSeconds(5), new MetricRegistry()))
            .build();

    @Test
    void aBatchCostsOneTokenPerEventAndTheNextRequestGets429WithRetryAfterUntilTheDebtIsPaid() {
        try (Response first = post(ACME_KEY, 25)) {
            assertThat(first.getStatus()).isEqualTo(202);
        }

        try (Response limited = post(ACME_KEY, 1)) {
            assertThat(limited.getStatus()).isEqualTo(429);
            // 10 - 25 = -15 tokens: 1.6 s until one is back, rounded up.
            assertThat(limited.getHeaderString("Retry-After")).isEqualTo("2");
            JsonNode body = limited.readEntity(JsonNode.class);
            assertThat(body.get("code").intValue()).isEqualTo(429);
            assertThat(body.get("message").textValue()).startsWith("rate limit exceeded: this API key may send 10 events");
        }
        assertThat(metrics.meter("ingestion.rateLimit.rejected").getCount()).isEqualTo(1);

        clock.addAndGet(16 * SECOND / 10);
        try (Response later = post(ACME_KEY, 1)) {
            assertThat(later.getStatus()).isEqualTo(202);
        }
    }

    @Test
    void tenantsAreLimitedIndependentlyAndByTheirOverride() {
        try (Response acme = post(ACME_KEY, 50)) {
            assertThat(acme.getStatus()).isEqualTo(202);
        }
        try (Response globex = post(GLOBEX_KEY, 100)) {
            assertThat(globex.getStatus()).isEqualTo(202);
        }
        try (Response globexAgain = post(GLOBEX_KEY, 100)) {
            assertThat(globexAgain.getStatus()).isEqualTo(202);
        }
        try (Response acmeAgain = post(ACME_KEY, 1)) {
            assertThat(acmeAgain.getStatus()).isEqualTo(429);
        }
    }

    @Test
    void aKeyWithItsOwnLimitIsHeldToItWhileItsTenantsOtherKeysAreNot() {
        // 2 per second, bursts of 4: admitted with 4 tokens, then charged 4 more.
        try (Response first = post(GLOBEX_LIMITED_KEY, 5)) {
            assertThat(first.getStatus()).isEqualTo(202);
        }
        try (Response limited = post(GLOBEX_LIMITED_KEY, 1)) {
            assertThat(limited.getStatus()).isEqualTo(429);
            assertThat(limited.readEntity(JsonNode.class).get("message").textValue())
                    .startsWith("rate limit exceeded: this API key may send 2 events per second (bursts of 4)");
        }
        try (Response otherKey = post(GLOBEX_KEY, 100)) {
            assertThat(otherKey.getStatus()).isEqualTo(202);
        }
    }

    @Test
    void anUnauthenticatedRequestIsAnswered401AndCostsNothing() {
        for (int i = 0; i < 20; i++) {
            try (Response response = resources.target("/v1/events").request()
                    .post(Entity.entity(array(open("e", "m")), MediaType.APPLICATION_JSON))) {
                assertThat(response.getStatus()).isEqualTo(401);
            }
        }
        try (Response acme = post(ACME_KEY, 1)) {
            assertThat(acme.getStatus()).isEqualTo(202);
        }
    }

    private Response post(String key, int events) {
        String body = array(IntStream.range(0, events).mapToObj(i -> open("e-" + i, "m-" + i)).toArray(String[]::new));
        return resources.target("/v1/events").request()
                .header("Authorization", "Bearer " + key)
                .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    }
}
