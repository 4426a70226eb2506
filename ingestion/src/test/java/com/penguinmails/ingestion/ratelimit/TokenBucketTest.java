package com.penguinmails.ingestion.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void admitsABurstThenRefusesUntilTheRateRefillsATokenAndSaysHowLong() {
        TokenBucket bucket = new TokenBucket(new RateLimit(10, 3), 0);

        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isEqualTo(SECOND / 10);
        assertThat(bucket.tryTake(SECOND / 20)).isEqualTo(SECOND / 20);
        assertThat(bucket.tryTake(SECOND / 10)).isZero();
    }

    @Test
    void neverHoldsMoreThanTheBurst() {
        TokenBucket bucket = new TokenBucket(new RateLimit(100, 5), 0);

        assertThat(bucket.tokens(3600 * SECOND)).isEqualTo(5.0);
    }

    @Test
    void aChargeBeyondWhatIsHeldIsDebtThatDelaysLaterRequests() {
        TokenBucket bucket = new TokenBucket(new RateLimit(1_000, 1_000), 0);
        assertThat(bucket.tryTake(0)).isZero();

        bucket.charge(2_999, 0);

        assertThat(bucket.tokens(0)).isEqualTo(-2_000.0);
        assertThat(bucket.tryTake(0)).isEqualTo(2_001 * SECOND / 1_000);
        assertThat(bucket.tryTake(2 * SECOND)).isGreaterThan(0);
        assertThat(bucket.tryTake(2 * SECOND + SECOND / 1_000)).isZero();
    }
}
