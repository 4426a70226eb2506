package com.penguinmails.query.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.store.BoundQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CohortsQueryTest {

    private static final String EVIL = "c-1' OR '1'='1";
    private static final TimeRange RANGE =
            new TimeRange(Instant.parse("2026-08-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"));

    @Test
    void bindsEveryValueAndSplicesNoRequestText() {
        BoundQuery query = CohortsQuery.build(new CohortsRequest("acme'--", RANGE, ZoneId.of("Asia/Kolkata"),
                CohortPeriod.MONTH, CohortBasis.FIRST_ENGAGEMENT, CohortActivity.CLICK, Optional.of(EVIL), 7), Duration.ofMinutes(30));

        assertThat(query.sql()).doesNotContain("acme").doesNotContain("Kolkata").doesNotContain("OR '1'")
                .contains("toStartOfMonth(cohort_time, {tz:String})")
                .contains("toRelativeMonthNum(")
                .contains("minIf(first_engagement, campaign_id = {campaign_id:String})")
                .contains("groupArrayArrayIf(clicks, campaign_id = {campaign_id:String})")
                .contains("campaign_id IN ({campaign_id:String}, '')")
                .contains("GROUP BY cohort_start, slice_number");
        assertThat(query.parameters()).containsEntry("tenant_id", "acme'--").containsEntry("campaign_id", EVIL)
                .containsEntry("tz", "Asia/Kolkata").containsEntry("periods", "7")
                .containsEntry("range_start", "2026-08-01 00:00:00.000")
                .containsEntry("range_end", "2026-11-01 00:00:00.000").containsEntry("slice_millis", "1800000");
    }

    @Test
    void readsEveryCampaignWithoutAFilterAndConversionsFromEveryRow() {
        BoundQuery query = CohortsQuery.build(new CohortsRequest("acme", RANGE, ZoneId.of("UTC"), CohortPeriod.DAY,
                CohortBasis.FIRST_SEND, CohortActivity.CONVERSION, Optional.empty(), 30), Duration.ofHours(1));

        assertThat(query.sql()).doesNotContain("{campaign_id:String}").contains("minIf(first_send, true)")
                .contains("arrayMap(c -> toDateTime(c.occurred_at, 'UTC'), arrayDistinct(groupArrayArray(conversions)))")
                .contains("toDate(cohort_time, {tz:String})");
        assertThat(query.parameters()).doesNotContainKey("campaign_id");
    }
}
