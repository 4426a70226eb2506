package com.penguinmails.ingestion.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong clock = new AtomicLong(42);

    @Test
    void eachTenantHasItsOwnBucket() {
        RateLimiter limiter = new RateLimiter(new RateLimit(1, 1), Map.of(), clock::get);

        assertThat(limiter.tryAdmit("acme")).isZero();
        assertThat(limiter.tryAdmit("acme")).isPositive();
        assertThat(limiter.tryAdmit("globex")).isZero();
    }

    @Test
    void aTenantOverrideReplacesTheDefault() {
        RateLimiter limiter = new RateLimiter(new RateLimit(1, 1), Map.of("big", new RateLimit(100, 3)), clock::get);

        assertThat(limiter.limitOf("big")).isEqualTo(new RateLimit(100, 3));
        assertThat(limiter.tryAdmit("big")).isZero();
        assertThat(limiter.tryAdmit("big")).isZero();
        assertThat(limiter.tryAdmit("big")).isZero();
        assertThat(limiter.tryAdmit("big")).isPositive();
        assertThat(limiter.limitOf("small")).isEqualTo(new RateLimit(1, 1));
    }

    @Test
    void chargedEventsRefuseTheTenantUntilTheyArePaidBack() {
        RateLimiter limiter = new RateLimiter(new RateLimit(100, 100), Map.of(), clock::get);
        assertThat(limiter.tryAdmit("acme")).isZero();

        limiter.charge("acme", 499);

        assertThat(limiter.tryAdmit("acme")).isEqualTo(4_010_000_000L);
        clock.addAndGet(4_010_000_000L);
        assertThat(limiter.tryAdmit("acme")).isZero();
    }
}
