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

        assertThat(request.scopeKind()).contains("mailbox_provider");
        assertThat(request.scopeValue()).contains("google");
        BoundQuery query = AlertsQuery.build(request);
        assertThat(query.sql()).contains("FINAL WHERE tenant_id = {tenant_id:String}")
                .contains("state = {state:String}").contains("rule_id = {auto_pause:String}")
                .doesNotContain("google");
        assertThat(query.parameters()).containsEntry("scope_value", "google").containsEntry("state", "firing")
                .containsEntry("auto_pause", "auto_pause");
    }

    @Test
    void refusesContradictoryOrUnknownSelections() {
        assertThatThrownBy(() -> parse("campaign_id", "c-1", "sending_domain", "send.acme.io"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("one scope");
        assertThatThrownBy(() -> parse("mailbox", "sam@send.acme.io", "scope_kind", "campaign"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("contradicts");
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
