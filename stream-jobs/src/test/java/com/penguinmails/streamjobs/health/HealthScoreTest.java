package com.penguinmails.streamjobs.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthScoreTest {

    private final HealthScore score = new HealthScore(new HealthThresholds());

    private static WindowCounts window(long sent, long delivered, long bounced, long blocked, long complaints) {
        return WindowCounts.with(Counter.SENT, sent, Counter.DELIVERED, delivered, Counter.BOUNCED, bounced,
                Counter.BLOCKED, blocked, Counter.COMPLAINTS, complaints);
    }

    @Test
    void aCleanDomainIsHealthyWithFullScore() {
        HealthAssessment health = score.assess(window(1000, 995, 5, 0, 0), window(5000, 4980, 20, 0, 0));

        assertThat(health.status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(health.pauseRecommended()).isFalse();
        assertThat(health.reasons()).isEmpty();
        // 100 - 40 * (0.005 / 0.02) = 90
        assertThat(health.score()).isEqualTo(90);
    }

    @Test
    void aComplaintRateOfOneInAThousandWarnsAndThreeInAThousandPauses() {
        HealthAssessment warning = score.assess(window(1000, 1000, 0, 0, 1), WindowCounts.EMPTY);
        assertThat(warning.status()).isEqualTo(HealthStatus.WARNING);
        assertThat(warning.reasons()).containsExactly("complaint_rate_24h_warning");
        assertThat(warning.pauseRecommended()).isFalse();

        HealthAssessment critical = score.assess(window(1000, 1000, 0, 0, 3), WindowCounts.EMPTY);
        assertThat(critical.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(critical.reasons()).containsExactly("complaint_rate_24h_critical");
        assertThat(critical.pauseRecommended()).isTrue();
        assertThat(critical.score()).isEqualTo(60);
    }

    @Test
    void aBounceRateAboveTheLimitRecommendsAPauseButExactlyAtTheLimitDoesNot() {
        HealthAssessment atLimit = score.assess(window(1000, 980, 20, 0, 0), WindowCounts.EMPTY);
        assertThat(atLimit.pauseRecommended()).isFalse();
        assertThat(atLimit.reasons()).containsExactly("bounce_rate_24h_warning");

        HealthAssessment above = score.assess(window(1000, 979, 21, 0, 0), WindowCounts.EMPTY);
        assertThat(above.pauseRecommended()).isTrue();
        assertThat(above.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(above.reasons()).containsExactly("bounce_rate_24h_critical");
    }

    @Test
    void aBadWeekAloneIsCriticalButOnlyItsComplaintRatePauses() {
        WindowCounts day = window(200, 200, 0, 0, 0);
        HealthAssessment bouncyWeek = score.assess(day, window(5000, 4800, 200, 0, 0));
        assertThat(bouncyWeek.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(bouncyWeek.pauseRecommended()).isFalse();
        assertThat(bouncyWeek.score()).as("scored on the 24 h window").isEqualTo(100);

        HealthAssessment complainedWeek = score.assess(day, window(5000, 5000, 0, 0, 20));
        assertThat(complainedWeek.pauseRecommended()).isTrue();
        assertThat(complainedWeek.reasons()).containsExactly("complaint_rate_7d_critical");
    }

    @Test
    void belowTheMinimumVolumeNothingIsJudged() {
        HealthAssessment health = score.assess(window(99, 50, 50, 50, 10), window(99, 50, 50, 50, 10));

        assertThat(health.status()).isEqualTo(HealthStatus.INSUFFICIENT_VOLUME);
        assertThat(health.score()).isNull();
        assertThat(health.pauseRecommended()).isFalse();
    }

    @Test
    void theScoreFallsToZeroWhenEveryRateIsAtItsLimit() {
        HealthAssessment health = score.assess(window(1000, 1000, 200, 101, 3), WindowCounts.EMPTY);

        assertThat(health.score()).isZero();
        assertThat(health.reasons()).containsExactlyInAnyOrder("bounce_rate_24h_critical",
                "block_rate_24h_critical", "complaint_rate_24h_critical");
    }
}
