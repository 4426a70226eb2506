package com.penguinmails.query.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.store.BoundQuery;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributionRequestTest {

    private static final Duration MAX_SPAN = Duration.ofDays(400);

    @Test
    void defaultsToCampaignRowsInUtcWithoutDays() {
        AttributionRequest request = parse(Map.of());

        assertThat(request.grouping()).isEqualTo(AttributionGrouping.CAMPAIGN);
        assertThat(request.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(request.byDay()).isFalse();
        assertThat(request.campaignId()).isEmpty();
        assertThat(request.tenantId()).isEqualTo("acme");
    }

    @Test
    void readsEveryParameter() {
        AttributionRequest request = parse(Map.of("tz", "Europe/Berlin", "group_by", "step", "campaign_id", "c-1",
                "by_day", "true"));

        assertThat(request.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(request.grouping()).isEqualTo(AttributionGrouping.STEP);
        assertThat(request.campaignId()).contains("c-1");
        assertThat(request.byDay()).isTrue();
    }

    @Test
    void rejectsBadParametersWithAClearMessage() {
        assertRejected(Map.of("group_by", "country"), "group_by must be one of campaign, variant, step");
        assertRejected(Map.of("tz", "Mars/Olympus"), "tz must be an IANA time zone");
        assertRejected(Map.of("tz", "UTC'; DROP TABLE x"), "tz must be an IANA time zone");
        assertRejected(Map.of("by_day", "1"), "by_day must be true or false");
        assertRejected(Map.of("campaign_id", ""), "campaign_id must not be empty");
        assertRejected(Map.of("tenant_id", "globex"), "unknown query parameter(s): 'tenant_id'");
    }

    @Test
    void everyValueReachesClickHouseAsABoundParameter() {
        AttributionRequest request = parse(Map.of("tz", "America/New_York", "campaign_id", "c-1' OR 1=1",
                "by_day", "true", "group_by", "variant", "variant", "B", "step", "2"));

        BoundQuery credits = AttributionQuery.credits(request);

        assertThat(credits.sql()).doesNotContain("c-1", "America/New_York", "acme")
                .contains("{tenant_id:String}", "campaign_id = {filter_campaign:String}", "{tz:String}",
                        "variant = {filter_variant:String}", "sequence_step = {filter_step:UInt16}",
                        "FROM attribution_credits FINAL");
        assertThat(credits.parameters()).containsEntry("filter_campaign", "c-1' OR 1=1")
                .containsEntry("filter_variant", "B").containsEntry("filter_step", "2")
                .containsEntry("tz", "America/New_York").containsEntry("tenant_id", "acme")
                .containsEntry("range_start", "2026-11-01 00:00:00.000");
        assertThat(AttributionQuery.unattributed(request).sql()).contains("NOT attributed")
                .doesNotContain("campaign_id =");
        assertThat(AttributionQuery.journey("acme", "conv'1").parameters())
                .containsEntry("conversion_id", "conv'1");
    }

    private static AttributionRequest parse(Map<String, String> extra) {
        Map<String, List<String>> values = new HashMap<>();
        values.put("from", List.of("2026-11-01T00:00:00Z"));
        values.put("to", List.of("2026-12-01T00:00:00Z"));
        extra.forEach((name, value) -> values.put(name, List.of(value)));
        return AttributionRequest.parse("acme", new QueryParameters(values), MAX_SPAN);
    }

    private static void assertRejected(Map<String, String> extra, String message) {
        assertThatThrownBy(() -> parse(extra)).isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageContaining(message);
    }
}
