package com.penguinmails.query.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CohortsRequestTest {

    private static final Duration MAX = Duration.ofDays(400);

    @Test
    void readsEveryChoiceWithDefaultsForTheOptionalOnes() {
        CohortsRequest defaults = parse();
        assertThat(defaults.tenantId()).isEqualTo("acme");
        assertThat(defaults.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(defaults.period()).isEqualTo(CohortPeriod.WEEK);
        assertThat(defaults.basis()).isEqualTo(CohortBasis.FIRST_SEND);
        assertThat(defaults.activity()).isEqualTo(CohortActivity.OPEN);
        assertThat(defaults.campaignId()).isEmpty();
        assertThat(defaults.periods()).isEqualTo(12);

        CohortsRequest chosen = parse("tz", "Asia/Kolkata", "period", "month", "cohort_by", "first_engagement",
                "activity", "conversion", "campaign_id", "c-1", "periods", "400");
        assertThat(chosen.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(chosen.period()).isEqualTo(CohortPeriod.MONTH);
        assertThat(chosen.basis()).isEqualTo(CohortBasis.FIRST_ENGAGEMENT);
        assertThat(chosen.activity()).isEqualTo(CohortActivity.CONVERSION);
        assertThat(chosen.campaignId()).isEqualTo(Optional.of("c-1"));
        assertThat(chosen.periods()).isEqualTo(400);
    }

    @Test
    void rejectsZonesClickHouseCannotReadAndUnknownChoices() {
        assertRejected("tz must be an IANA time zone", "tz", "+05:30");
        assertRejected("tz must be an IANA time zone", "tz", "Mars/Olympus");
        assertRejected("period must be one of day, week, month", "period", "quarter");
        assertRejected("cohort_by must be one of first_send, first_engagement", "cohort_by", "signup");
        assertRejected("activity must be one of open, click, reply, conversion", "activity", "opens");
    }

    @Test
    void rejectsPeriodCountsOutsideTheLimits() {
        assertRejected("periods must be from 1 to 400", "periods", "0");
        assertRejected("periods must be from 1 to 400", "periods", "401");
        assertRejected("periods must be a whole number", "periods", "1e3");
    }

    @Test
    void rejectsUnknownParametersAndEmptyOrLongCampaigns() {
        assertRejected("unknown query parameter(s): 'tenant_id'", "tenant_id", "globex");
        assertRejected("campaign_id must not be empty", "campaign_id", "");
        assertRejected("at most 256 characters", "campaign_id", "c".repeat(257));
    }

    private static void assertRejected(String message, String... namesAndValues) {
        assertThatThrownBy(() -> parse(namesAndValues))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining(message);
    }

    private static CohortsRequest parse(String... namesAndValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("from", List.of("2026-08-01T00:00:00Z"));
        parameters.put("to", List.of("2026-11-01T00:00:00Z"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return CohortsRequest.parse("acme", new QueryParameters(parameters), MAX);
    }
}
