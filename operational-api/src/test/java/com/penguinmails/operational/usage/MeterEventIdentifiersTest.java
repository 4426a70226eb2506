package com.penguinmails.operational.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeterEventIdentifiersTest {

    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void theSameDecisionGetsTheSameIdentifier() {
        assertThat(MeterEventIdentifiers.of("acme", START, 1200)).isEqualTo(MeterEventIdentifiers.of("acme", START, 1200));
    }

    @Test
    void tenantPeriodAndTotalEachChangeIt() {
        String base = MeterEventIdentifiers.of("acme", START, 1200);

        assertThat(MeterEventIdentifiers.of("globex", START, 1200)).isNotEqualTo(base);
        assertThat(MeterEventIdentifiers.of("acme", START.plusSeconds(1), 1200)).isNotEqualTo(base);
        assertThat(MeterEventIdentifiers.of("acme", START, 1201)).isNotEqualTo(base);
    }

    @Test
    void fitsStripesLimitWhateverTheTenantIdsLength() {
        assertThat(MeterEventIdentifiers.of("t".repeat(500), START, Long.MAX_VALUE)).hasSize(70).startsWith("usage_");
    }
}
