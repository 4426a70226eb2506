package com.penguinmails.query.deliverability;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.query.request.TimeRange;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResolutionTest {

    @Test
    void picksTheCoarsestTableWhoseBucketsFitBothEnds() {
        assertThat(Resolution.of(range("2026-11-01T00:00:00Z", "2026-11-08T00:00:00Z"))).isEqualTo(Resolution.DAY);
        assertThat(Resolution.of(range("2026-11-01T00:00:00Z", "2026-11-01T06:00:00Z"))).isEqualTo(Resolution.HOUR);
        assertThat(Resolution.of(range("2026-11-01T10:37:00Z", "2026-11-01T11:00:00Z"))).isEqualTo(Resolution.MINUTE);
        assertThat(Resolution.of(range("2026-11-01T10:37:30Z", "2026-11-01T11:00:00Z"))).isEqualTo(Resolution.MINUTE);
    }

    @Test
    void namesTheTablesOfTheMigration() {
        assertThat(Resolution.DAY.table()).isEqualTo("deliverability_day");
        assertThat(Resolution.HOUR.table()).isEqualTo("deliverability_hour");
        assertThat(Resolution.MINUTE.table()).isEqualTo("deliverability_minute");
    }

    private static TimeRange range(String from, String to) {
        return new TimeRange(Instant.parse(from), Instant.parse(to));
    }
}
