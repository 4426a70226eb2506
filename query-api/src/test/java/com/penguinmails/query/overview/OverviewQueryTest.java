package com.penguinmails.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.store.BoundQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OverviewQueryTest {

    /** An end inside an hour, so that queries read events for the partial hour as well as the rollup. */
    private static final String RAGGED_END = "2026-11-07T23:30:00Z";

    private static final TimeRange NOVEMBER =
            new TimeRange(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00.0005Z"));

    @Test
    void bindsTenantAndRangeAsServerSideParameters() {
        BoundQuery query = OverviewQuery.build(OverviewRequest.of("acme", NOVEMBER, Optional.empty()));

        assertThat(query.sql())
                .contains("FROM overview_campaign_hour")
                .contains("FROM events FINAL")
                .contains("tenant_id = {tenant_id:String}")
                .contains("bucket >= {rollup_start:DateTime64(3, 'UTC')}")
                .contains("bucket < {rollup_end:DateTime64(3, 'UTC')}")
                .contains("occurred_at >= {range_start:DateTime64(3, 'UTC')}")
                .contains("occurred_at < {range_end:DateTime64(3, 'UTC')}")
                .contains("occurred_at < {rollup_start:DateTime64(3, 'UTC')}")
                .contains("OR occurred_at >= {rollup_end:DateTime64(3, 'UTC')}")
                .doesNotContain("campaign_id")
                .doesNotContain("acme");
        assertThat(query.parameters()).containsOnly(
                Map.entry("tenant_id", "acme"),
                Map.entry("tz", "UTC"),
                Map.entry("range_start", "2026-11-01 00:00:00.000"),
                Map.entry("range_end", "2026-12-01 00:00:00.001"),
                Map.entry("rollup_start", "2026-11-01 00:00:00.000"),
                Map.entry("rollup_end", "2026-12-01 00:00:00.000"));
    }

    @Test
    void readsTheWholeHoursInsideARaggedRangeFromTheRollup() {
        Map<String, List<String>> parameters = new HashMap<>();
        parameters.put("from", List.of("2026-11-01T10:37:12.345Z"));
        parameters.put("to", List.of("2026-11-03T08:15:00Z"));
        BoundQuery query = OverviewQuery.build(
                OverviewRequest.parse("acme", new QueryParameters(parameters), Duration.ofDays(400)));

        assertThat(query.parameters()).containsEntry("rollup_start", "2026-11-01 11:00:00.000")
                .containsEntry("rollup_end", "2026-11-03 08:00:00.000");
    }

    @Test
    void picksTheRollupKeepingTheFiltersDimensions() {
        assertThat(OverviewQuery.build(request(Map.of("campaign_id", List.of("c-1"), "step", List.of("2")))).sql())
                .as("a range of whole hours needs no events").contains("FROM overview_campaign_hour")
                .doesNotContain("FROM events");
        assertThat(OverviewQuery.build(request(Map.of("mailbox", List.of("sam@send.acme.io"),
                "workspace_id", List.of("ws-1")))).sql()).contains("FROM overview_sender_hour");
    }

    @Test
    void readsEventsAloneWhenNoRollupServes() {
        assertThat(OverviewQuery.build(request(Map.of("campaign_id", List.of("c-1"),
                "provider", List.of("gmail")))).sql()).doesNotContain("_hour").doesNotContain("rollup_start");
        assertThat(OverviewQuery.build(request(Map.of("interval", List.of("day"),
                "tz", List.of("Asia/Kolkata")))).sql()).doesNotContain("_hour");
        assertThat(OverviewQuery.build(request(Map.of("interval", List.of("minute"),
                "to", List.of("2026-11-02T00:00:00Z")))).sql()).doesNotContain("_hour");
        Map<String, List<String>> withinAnHour = new HashMap<>();
        withinAnHour.put("from", List.of("2026-11-01T10:05:00Z"));
        withinAnHour.put("to", List.of("2026-11-01T10:55:00Z"));
        assertThat(OverviewQuery.build(OverviewRequest.parse("acme", new QueryParameters(withinAnHour),
                Duration.ofDays(400))).sql()).doesNotContain("_hour");
    }

    @Test
    void filtersByCampaignOnlyWhenOneIsGiven() {
        BoundQuery query = OverviewQuery.build(OverviewRequest.of("acme", NOVEMBER, Optional.of("c-1")));

        assertThat(query.sql()).contains("AND campaign_id = {filter_campaign:String}").doesNotContain("c-1");
        assertThat(query.parameters()).containsEntry("filter_campaign", "c-1");
    }

    @Test
    void neverPutsRequestTextIntoTheSql() {
        String injection = "x' OR tenant_id != '' OR '1'='1\\";
        BoundQuery query = OverviewQuery.build(OverviewRequest.of("acme", NOVEMBER, Optional.of(injection)));

        assertThat(query.sql()).doesNotContain("OR tenant_id").doesNotContain("'1'='1");
        assertThat(query.parameters()).containsEntry("filter_campaign", "x' OR tenant_id != '' OR '1'='1\\\\");
    }

    @Test
    void countsPeoplesEventsAndFirstsForTheHumanAudience() {
        BoundQuery all = OverviewQuery.build(request(Map.of("to", List.of(RAGGED_END))));
        BoundQuery human =
                OverviewQuery.build(request(Map.of("audience", List.of("human"), "to", List.of(RAGGED_END))));

        assertThat(all.sql()).contains("sum(events)").contains("sum(messages)").contains("first_of_type")
                .doesNotContain("_human").doesNotContain("engagement_class");
        assertThat(human.sql()).contains("sum(events_human)").contains("sum(messages_human)")
                .contains("if(event_type IN ('open', 'click'), first_of_message, first_of_type)")
                .contains("event_type = 'open' AND engagement_class IN ('human', 'image_proxy')")
                .contains("event_type = 'click' AND engagement_class IN ('human')");
    }

    @Test
    void bindsEveryFilterWithItsColumnAndType() {
        BoundQuery query = OverviewQuery.build(request(Map.of("workspace_id", List.of("ws-1"), "step", List.of("2"),
                "provider", List.of("gmail"), "mailbox", List.of("sam@send.acme.io"))));

        assertThat(query.sql()).contains("workspace_id = {filter_workspace:String}")
                .contains("sequence_step = {filter_step:UInt16}")
                .contains("mailbox_provider = {filter_provider:String}")
                .contains("mailbox = {filter_mailbox:String}")
                .doesNotContain("gmail").doesNotContain("ws-1");
        assertThat(query.parameters()).containsEntry("filter_workspace", "ws-1").containsEntry("filter_step", "2")
                .containsEntry("filter_provider", "gmail").containsEntry("filter_mailbox", "sam@send.acme.io");
    }

    @Test
    void seriesBucketsInTheRequestedZoneBoundAsAParameter() {
        BoundQuery query = OverviewQuery.build(request(Map.of(
                "interval", List.of("day"), "tz", List.of("America/New_York"), "to", List.of(RAGGED_END))));

        assertThat(query.sql()).contains("toStartOfDay(toDateTime(bucket, {tz:String}))")
                .contains("toStartOfDay(toDateTime(occurred_at, {tz:String}))")
                .contains("GROUP BY bucket_start, event_type").doesNotContain("New_York");
        assertThat(query.parameters()).containsEntry("tz", "America/New_York").containsEntry("tenant_id", "acme");
    }

    private static OverviewRequest request(Map<String, List<String>> extra) {
        Map<String, List<String>> parameters = new HashMap<>();
        parameters.put("from", List.of("2026-11-01T00:00:00Z"));
        parameters.put("to", List.of("2026-11-08T00:00:00Z"));
        parameters.putAll(extra);
        return OverviewRequest.parse("acme", new QueryParameters(parameters), Duration.ofDays(400));
    }
}
