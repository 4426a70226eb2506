package com.penguinmails.query.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared parsers: tz, interval, audience and the filters. */
class RequestParametersTest {

    private static final TimeRange WEEK =
            new TimeRange(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-08T00:00:00Z"));

    @Test
    void readsIanaZonesAndDefaultsToUtc() {
        assertThat(TimeZoneParameter.parse(parameters("tz", "Europe/Berlin"))).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(TimeZoneParameter.parse(parameters()).getId()).isEqualTo("UTC");
        assertThat(TimeZoneParameter.parse(parameters("tz", "Etc/GMT+5")).getId()).isEqualTo("Etc/GMT+5");
    }

    @Test
    void refusesOffsetsUnknownZonesAndInjections() {
        for (String zone : List.of("+01:00", "UTC+1", "Mars/Olympus", "SystemV/AST4", "UTC'; DROP TABLE events", "",
                "europe/berlin")) {
            assertThatThrownBy(() -> TimeZoneParameter.parse(parameters("tz", zone)))
                    .isInstanceOf(InvalidQueryParameterException.class)
                    .hasMessageStartingWith("tz must be an IANA time zone name");
        }
    }

    @Test
    void resolvesAutoToTheFinestIntervalWithinTwoHundredPoints() {
        assertThat(Interval.parse(parameters()).resolve(WEEK)).isEqualTo(Interval.HOUR);
        assertThat(Interval.AUTO.resolve(new TimeRange(WEEK.from(), WEEK.from().plusSeconds(3600))))
                .isEqualTo(Interval.MINUTE);
        assertThat(Interval.AUTO.resolve(new TimeRange(WEEK.from(), Instant.parse("2027-06-01T00:00:00Z"))))
                .isEqualTo(Interval.WEEK);
        assertThat(Interval.parse(parameters("interval", "day")).resolve(WEEK)).isEqualTo(Interval.DAY);
    }

    @Test
    void limitsTheMinuteIntervalToSevenDaysAndRefusesUnknownIntervals() {
        assertThat(Interval.MINUTE.resolve(WEEK)).isEqualTo(Interval.MINUTE);
        assertThatThrownBy(() -> Interval.MINUTE.resolve(new TimeRange(WEEK.from(), WEEK.to().plusSeconds(60))))
                .hasMessageStartingWith("interval minute covers at most 7 days");
        assertThatThrownBy(() -> Interval.parse(parameters("interval", "fortnight")))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessage("interval must be one of auto, minute, hour, day, week; got 'fortnight'");
    }

    @Test
    void readsTheAudienceAllByDefault() {
        assertThat(Audience.parse(parameters())).isEqualTo(Audience.ALL);
        assertThat(Audience.parse(parameters("audience", "human"))).isEqualTo(Audience.HUMAN);
        assertThatThrownBy(() -> Audience.parse(parameters("audience", "HUMAN")))
                .hasMessage("audience must be 'all' or 'human'; got 'HUMAN'");
    }

    @Test
    void readsOnlyTheSupportedFiltersAndBindsThemEscaped() {
        Set<AnalyticsFilter> supported = EnumSet.of(AnalyticsFilter.CAMPAIGN, AnalyticsFilter.STEP);
        AnalyticsFilters filters = AnalyticsFilters.parse(parameters("campaign_id", "c\\1' OR 1=1", "step", "02",
                "mailbox", "ignored-by-parse"), supported);
        Map<String, String> bound = new HashMap<>();

        String sql = filters.sqlConditions(bound);

        assertThat(sql).isEqualTo(" AND campaign_id = {filter_campaign:String} AND sequence_step = {filter_step:UInt16}");
        assertThat(bound).containsOnly(Map.entry("filter_campaign", "c\\\\1' OR 1=1"), Map.entry("filter_step", "2"));
        assertThat(filters.byParameter()).containsExactly(Map.entry("campaign_id", "c\\1' OR 1=1"),
                Map.entry("step", "2"));
        assertThat(AnalyticsFilters.parameterNames(supported)).containsExactlyInAnyOrder("campaign_id", "step");
    }

    @Test
    void refusesEmptyOverLongRepeatedAndNonNumericFilterValues() {
        Set<AnalyticsFilter> all = EnumSet.allOf(AnalyticsFilter.class);
        assertThatThrownBy(() -> AnalyticsFilters.parse(parameters("variant", ""), all))
                .hasMessageStartingWith("variant must not be empty");
        assertThatThrownBy(() -> AnalyticsFilters.parse(parameters("mailbox", "m".repeat(257)), all))
                .hasMessage("mailbox must be at most 256 characters; got 257");
        assertThatThrownBy(() -> AnalyticsFilters.parse(parameters("step", "1 OR 1=1"), all))
                .hasMessageStartingWith("step must be a whole number from 1 to 65535");
        assertThatThrownBy(() -> AnalyticsFilters.parse(parameters("step", "0"), all))
                .hasMessage("step must be from 1 to 65535; got 0");
        assertThatThrownBy(() -> AnalyticsFilters.parse(
                new QueryParameters(Map.of("provider", List.of("gmail", "yahoo"))), all))
                .hasMessage("query parameter 'provider' must be given at most once");
    }

    private static QueryParameters parameters(String... namesAndValues) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return new QueryParameters(values);
    }
}
