package com.penguinmails.query.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.store.BoundQuery;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertsRequestTest {

    @Test
    void defaultsToEveryStateAndSeverity() {
        AlertsRequest request = parse();

        assertThat(request.status()).isEqualTo(AlertStatus.ALL);
        assertThat(request.severity()).isEqualTo(AlertSeverity.ALL);
        assertThat(request.limit()).isEqualTo(AlertsRequest.DEFAULT_LIMIT);
        assertThat(request.scopeKind()).isEmpty();
    }

    @Test
    void aDashboardFilterSelectsAlertsOnThatScope() {
        AlertsRequest request = parse("provider", "google", "status", "firing", "severity", "critical");

        assertThat(request.scopes()).containsExactly(Map.entry("mailbox_provider", "google"));
        BoundQuery query = AlertsQuery.build(request);
        assertThat(query.sql()).contains("FINAL WHERE tenant_id = {tenant_id:String}")
                .contains("state = {state:String}").contains("rule_id = {auto_pause:String}")
                .doesNotContain("google");
        assertThat(query.sql()).contains("scope_kind = {filter_kind_0:String} AND scope_value = {filter_value_0:String}");
        assertThat(query.parameters()).containsEntry("filter_value_0", "google").containsEntry("state", "firing")
                .containsEntry("auto_pause", "auto_pause");
    }

    @Test
    void combinesSelectionsWithAnd() {
        AlertsRequest request = parse("campaign_id", "c-1", "sending_domain", "send.acme.io", "scope_kind", "mailbox");

        assertThat(request.scopes()).containsExactlyInAnyOrder(Map.entry("campaign", "c-1"),
                Map.entry("sending_domain", "send.acme.io"));
        assertThat(request.scopeKind()).contains("mailbox");
        assertThat(AlertsQuery.build(request).sql()).contains("{filter_kind_1:String}")
                .contains("scope_kind = {scope_kind:String}");
    }

    @Test
    void refusesUnknownSelections() {
        assertThatThrownBy(() -> parse("scope_kind", "planet")).isInstanceOf(InvalidQueryParameterException.class);
        assertThatThrownBy(() -> parse("severity", "meh")).isInstanceOf(InvalidQueryParameterException.class);
        assertThatThrownBy(() -> parse("limit", "1001")).isInstanceOf(InvalidQueryParameterException.class);
        assertThatThrownBy(() -> parse("limit", "ten")).isInstanceOf(InvalidQueryParameterException.class);
        assertThatThrownBy(() -> parse("step", "1")).isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageContaining("'step'");
    }

    @Test
    void derivesSeverityFromTheRule() {
        assertThat(AlertSeverity.of("auto_pause")).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(AlertSeverity.of("r-1")).isEqualTo(AlertSeverity.WARNING);
    }

    private static AlertsRequest parse(String... namesAndValues) {
        Map<String, List<String>> values = new HashMap<>();
        values.put("from", List.of("2026-11-01T00:00:00Z"));
        values.put("to", List.of("2026-11-08T00:00:00Z"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return AlertsRequest.parse("acme", new QueryParameters(values), Duration.ofDays(400));
    }
}
