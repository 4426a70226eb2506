package com.penguinmails.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.store.BoundQuery;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OverviewQueryTest {

    private static final TimeRange NOVEMBER =
            new TimeRange(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00.0005Z"));

    @Test
    void bindsTenantAndRangeAsServerSideParameters() {
        BoundQuery query = OverviewQuery.build(new OverviewRequest("acme", NOVEMBER, Optional.empty()));

        assertThat(query.sql())
                .contains("FROM events FINAL")
                .contains("tenant_id = {tenant_id:String}")
                .contains("occurred_at >= {range_start:DateTime64(3, 'UTC')}")
                .contains("occurred_at < {range_end:DateTime64(3, 'UTC')}")
                .doesNotContain("campaign_id")
                .doesNotContain("acme");
        assertThat(query.parameters()).containsOnly(
                java.util.Map.entry("tenant_id", "acme"),
                java.util.Map.entry("range_start", "2026-11-01 00:00:00.000"),
                java.util.Map.entry("range_end", "2026-12-01 00:00:00.001"));
    }

    @Test
    void filtersByCampaignOnlyWhenOneIsGiven() {
        BoundQuery query = OverviewQuery.build(new OverviewRequest("acme", NOVEMBER, Optional.of("c-1")));

        assertThat(query.sql()).contains("AND campaign_id = {campaign_id:String}").doesNotContain("c-1");
        assertThat(query.parameters()).containsEntry("campaign_id", "c-1");
    }

    @Test
    void neverPutsRequestTextIntoTheSql() {
        String injection = "x' OR tenant_id != '' OR '1'='1\\";
        BoundQuery query = OverviewQuery.build(new OverviewRequest("acme", NOVEMBER, Optional.of(injection)));

        assertThat(query.sql()).doesNotContain("OR tenant_id").doesNotContain("'1'='1");
        assertThat(query.parameters()).containsEntry("campaign_id", "x' OR tenant_id != '' OR '1'='1\\\\");
    }
}
