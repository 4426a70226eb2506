package com.penguinmails.query.deliverability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliverabilityRequestTest {

    @Test
    void readsTheGrouping() {
        DeliverabilityRequest request = parse(Map.of("from", List.of("2026-11-01T00:00:00Z"),
                "to", List.of("2026-11-02T00:00:00Z"), "group_by", List.of("sending_ip")));

        assertThat(request.grouping()).isEqualTo(DeliverabilityGrouping.SENDING_IP);
        assertThat(request.grouping().column()).isEqualTo("sending_ip");
        assertThat(request.resolution()).isEqualTo(Resolution.DAY);
        assertThat(DeliverabilityGrouping.parse("provider").column()).isEqualTo("mailbox_provider");
        assertThat(DeliverabilityGrouping.parse("campaign").column()).isEqualTo("campaign_id");
    }

    @Test
    void requiresAKnownGrouping() {
        assertThatThrownBy(() -> parse(Map.of("from", List.of("2026-11-01T00:00:00Z"),
                "to", List.of("2026-11-02T00:00:00Z"))))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("group_by");
        assertThatThrownBy(() -> parse(Map.of("from", List.of("2026-11-01T00:00:00Z"),
                "to", List.of("2026-11-02T00:00:00Z"), "group_by", List.of("mailbox_provider; DROP TABLE events"))))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageContaining("provider, sending_domain, sending_ip, mailbox, campaign");
    }

    @Test
    void computesRatesOverSentAndDelivered() {
        long[] values = new long[DeliverabilityCounters.COLUMNS.length];
        values[0] = 200;   // sent
        values[1] = 180;   // delivered
        values[3] = 10;    // hard
        values[5] = 6;     // block
        values[7] = 1;     // complaints
        values[11] = 45;   // opens_unique
        values[17] = 9;    // replies_human
        DeliverabilityRates rates = DeliverabilityRates.of(DeliverabilityCounters.of(values));

        assertThat(rates.delivery()).isEqualTo(0.9);
        assertThat(rates.bounce()).isEqualTo(0.08);
        assertThat(rates.hardBounce()).isEqualTo(0.05);
        assertThat(rates.block()).isEqualTo(0.03);
        assertThat(rates.complaint()).isEqualTo(0.0056);
        assertThat(rates.uniqueHumanOpen()).isEqualTo(0.25);
        assertThat(rates.humanReply()).isEqualTo(0.05);
        assertThat(DeliverabilityRates.of(DeliverabilityCounters.of(new long[19])).delivery()).isZero();
    }

    @Test
    void narrowsTheTablesByEveryFilterWorkspaceIncluded() {
        DeliverabilityRequest request = parse(Map.of("from", List.of("2026-11-01T00:00:00Z"),
                "to", List.of("2026-11-08T00:00:00Z"), "group_by", List.of("mailbox"),
                "workspace_id", List.of("ws-1"), "provider", List.of("gmail"), "step", List.of("2")));

        String sql = DeliverabilityQuery.build(request).sql();

        assertThat(sql).contains("workspace_id = {filter_workspace:String}",
                "mailbox_provider = {filter_provider:String}", "sequence_step = {filter_step:UInt16}")
                .doesNotContain("gmail", "ws-1");
        assertThat(DeliverabilityQuery.build(request).parameters()).containsEntry("filter_provider", "gmail");
    }

    private static DeliverabilityRequest parse(Map<String, List<String>> parameters) {
        return DeliverabilityRequest.parse("acme", new QueryParameters(parameters), Duration.ofDays(400));
    }
}
