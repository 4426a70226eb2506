package com.penguinmails.operational.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.streamjobs.alerts.AlertRuleParser;
import com.penguinmails.streamjobs.alerts.RuleUpdate;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The records this service publishes are read by the stream job's own parser exactly as meant. */
class AlertRuleRecordTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void writesTheDocumentedJson() throws Exception {
        AlertRule rule = new AlertRuleValidator().toRule("r-1", "t-acme", new AlertRuleRequest(
                "Bounces on send.acme.io", "ws-1", "bounce_rate", new RuleScope("sending_domain", "send.acme.io"),
                "above", 0.05, "PT1H", 50L, "PT30M", true, List.of("nc-1")), NOW, NOW);

        // The example of stream-jobs/ALERTS.md.
        String documented = """
                {"rule_id": "r-1", "tenant_id": "t-acme", "name": "Bounces on send.acme.io",
                 "metric": "bounce_rate",
                 "scope": {"kind": "sending_domain", "value": "send.acme.io"},
                 "comparison": "above", "threshold": 0.05,
                 "window": "PT1H", "min_volume": 50, "cooldown": "PT30M", "enabled": true}""";
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(AlertRuleRecord.json(rule))).isEqualTo(mapper.readTree(documented));
    }

    @Test
    void theStreamJobParsesEveryPublishedRule() throws Exception {
        AlertRuleValidator validator = new AlertRuleValidator();
        for (String metric : AlertRuleValidator.METRICS) {
            for (String kind : AlertRuleValidator.SCOPE_KINDS) {
                AlertRuleRequest request = new AlertRuleRequest(null, null, metric, new RuleScope(kind, null), "below",
                        0.5, "P7D", 10L, "PT1H", false, null);
                assertThat(validator.problems(request, "t-acme")).isEmpty();
                AlertRule rule = validator.toRule("ar-" + metric + "." + kind, "t-acme", request, NOW, NOW);

                RuleUpdate update = new AlertRuleParser().parse(rule.id().getBytes(StandardCharsets.UTF_8),
                        AlertRuleRecord.json(rule).getBytes(StandardCharsets.UTF_8));

                var parsed = update.rule();
                assertThat(parsed.ruleId()).isEqualTo(rule.id());
                assertThat(parsed.tenantId()).isEqualTo("t-acme");
                assertThat(parsed.metric().wireName()).isEqualTo(metric);
                assertThat(parsed.scopeKind().wireName()).isEqualTo(kind);
                assertThat(parsed.scopeValue()).isNull();
                assertThat(parsed.comparison().wireName()).isEqualTo("below");
                assertThat(parsed.threshold()).isEqualTo(0.5);
                assertThat(parsed.window()).isEqualTo(Duration.ofDays(7));
                assertThat(parsed.minVolume()).isEqualTo(10);
                assertThat(parsed.cooldown()).isEqualTo(Duration.ofHours(1));
                assertThat(parsed.enabled()).isFalse();
            }
        }
    }

    @Test
    void ruleIdsAreValidForTheStreamJob() {
        assertThat(AlertRuleParser.RULE_ID.matcher("ar-" + UUID.randomUUID()).matches()).isTrue();
    }
}
