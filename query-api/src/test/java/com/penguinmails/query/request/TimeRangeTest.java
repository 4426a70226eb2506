package com.penguinmails.query.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static final Duration MAX = Duration.ofDays(400);

    @Test
    void parsesUtcAndOffsetDateTimesToUtcInstants() {
        TimeRange range = TimeRange.parse("2026-11-01T00:00:00Z", "2026-11-01T03:30:00.250+02:00", MAX);

        assertThat(range.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(range.to()).isEqualTo(Instant.parse("2026-11-01T01:30:00.250Z"));
    }

    @Test
    void rejectsTextThatIsNotADateTimeWithOffset() {
        assertThatThrownBy(() -> TimeRange.parse("yesterday", "2026-11-02T00:00:00Z", MAX))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageContaining("from must be an ISO-8601 date-time with an offset")
                .hasMessageContaining("'yesterday'");
        assertThatThrownBy(() -> TimeRange.parse("2026-11-01T00:00:00Z", "2026-11-02T00:00:00", MAX))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageStartingWith("to must be an ISO-8601");
        assertThatThrownBy(() -> TimeRange.parse("2026-11-01", "2026-11-02T00:00:00Z", MAX))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageStartingWith("from must be");
    }

    @Test
    void rejectsFromAfterOrEqualToTo() {
        assertThatThrownBy(() -> TimeRange.parse("2026-11-02T00:00:00Z", "2026-11-01T00:00:00Z", MAX))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessage("from (2026-11-02T00:00:00Z) must be before to (2026-11-01T00:00:00Z)");
        assertThatThrownBy(() -> TimeRange.parse("2026-11-01T01:00:00+01:00", "2026-11-01T00:00:00Z", MAX))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageContaining("must be before");
    }

    @Test
    void acceptsExactlyTheMaximumSpanAndRejectsOneMillisecondMore() {
        assertThat(TimeRange.parse("2025-01-01T00:00:00Z", "2026-02-05T00:00:00Z", MAX).to())
                .isEqualTo(Instant.parse("2026-02-05T00:00:00Z"));

        assertThatThrownBy(() -> TimeRange.parse("2025-01-01T00:00:00Z", "2026-02-05T00:00:00.001Z", MAX))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageContaining("longer than the maximum of 400 days");
    }

    @Test
    void describesANonWholeDayMaximumAsAnIsoDuration() {
        assertThatThrownBy(() -> TimeRange.parse("2026-11-01T00:00:00Z", "2026-11-01T02:00:00Z", Duration.ofMinutes(90)))
                .hasMessageContaining("maximum of PT1H30M");
    }

    @Test
    void rejectsInstantsClickHouseCannotStore() {
        assertThatThrownBy(() -> TimeRange.parse("1899-12-31T23:59:59Z", "1900-01-02T00:00:00Z", MAX))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageContaining("from must be between 1900-01-01T00:00:00Z and 2299-12-31T23:59:59.999Z");
        assertThatThrownBy(() -> TimeRange.parse("2299-12-31T00:00:00Z", "2300-01-01T00:00:00Z", MAX))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageContaining("to must be between");
    }

    @Test
    void quotesAtMostTheFirst64CharactersOfBadInput() {
        String huge = "x".repeat(10_000);

        assertThatThrownBy(() -> TimeRange.parse(huge, "2026-11-01T00:00:00Z", MAX))
                .hasMessageEndingWith("'" + "x".repeat(64) + "...'");
    }

    @Test
    void constructorRefusesAnEmptyRange() {
        Instant instant = Instant.parse("2026-11-01T00:00:00Z");

        assertThatThrownBy(() -> new TimeRange(instant, instant)).isInstanceOf(IllegalArgumentException.class);
    }
}
