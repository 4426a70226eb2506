package com.penguinmails.operational.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRuleValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final AlertRuleValidator validator = new AlertRuleValidator();

    static AlertRuleRequest request(String metric, RuleScope scope, Double threshold, String window) {
        return new AlertRuleRequest("Bounces on send.acme.io", null, metric, scope, "above", threshold, window, 50L,
                "PT30M", true, List.of());
    }

    @Test
    void acceptsTheDocumentedExample() {
        AlertRuleRequest example = request("bounce_rate", new RuleScope("sending_domain", "send.acme.io"), 0.05,
                "PT1H");

        assertThat(validator.problems(example, "t-acme")).isEmpty();
    }

    @Test
    void appliesTheJobsDefaults() {
        AlertRuleRequest minimal = new AlertRuleRequest(null, null, "volume_sent", new RuleScope("tenant", null),
                null, 1000.0, "P7D", null, null, null, null);

        AlertRule rule = validator.toRule("ar-1", "t-acme", minimal, NOW, NOW);

        assertThat(validator.problems(minimal, "t-acme")).isEmpty();
        assertThat(rule.name()).isEqualTo("ar-1");
        assertThat(rule.comparison()).isEqualTo("above");
        assertThat(rule.window()).isEqualTo("PT168H");
        assertThat(rule.minVolume()).isZero();
        assertThat(rule.cooldown()).isEqualTo("PT0S");
        assertThat(rule.enabled()).isTrue();
        assertThat(rule.channels()).isEmpty();
    }

    @Test
    void namesEveryInvalidField() {
        AlertRuleRequest bad = new AlertRuleRequest(" ", "", "bounce_ratio", new RuleScope("domain", ""), "over",
                Double.NaN, "PT90S", -1L, "soon", null, List.of("nc-1", "nc-1"));

        assertThat(validator.problems(bad, "t-acme")).containsExactlyInAnyOrder(
                "name must be non-empty and at most 200 characters",
                "workspace_id must be non-empty when given",
                "metric must be one of [block_rate, bounce_rate, click_rate_human, complaint_rate, deferral_rate, "
                        + "delivery_rate, hard_bounce_rate, open_rate_human, reply_rate, unsubscribe_rate, volume_sent]",
                "scope.kind must be one of [campaign, mailbox, mailbox_provider, sending_domain, sending_ip, tenant]",
                "scope.value must be non-empty and at most 512 characters, or null for every scope of the kind",
                "comparison must be above or below",
                "threshold must be a finite number",
                "window must be whole minutes (whole hours above 24 hours)",
                "min_volume must be a whole number >= 0",
                "cooldown must be an ISO-8601 duration such as PT30M",
                "channels must not repeat a channel");
    }

    @Test
    void requiresMetricScopeThresholdAndWindow() {
        AlertRuleRequest empty = new AlertRuleRequest(null, null, null, null, null, null, null, null, null, null,
                null);

        assertThat(validator.problems(empty, "t-acme")).containsExactly("metric is required",
                "scope.kind is required", "threshold is required", "window is required");
        assertThat(validator.problems(null, "t-acme")).containsExactly("body must be a JSON object");
    }

    @Test
    void limitsWindowsToSevenDaysInWholeHoursAboveADay() {
        RuleScope scope = new RuleScope("tenant", null);

        assertThat(validator.problems(request("bounce_rate", scope, 0.1, "PT24H"), "t")).isEmpty();
        assertThat(validator.problems(request("bounce_rate", scope, 0.1, "PT25H"), "t")).isEmpty();
        assertThat(validator.problems(request("bounce_rate", scope, 0.1, "PT24H30M"), "t"))
                .containsExactly("window must be whole minutes (whole hours above 24 hours)");
        assertThat(validator.problems(request("bounce_rate", scope, 0.1, "PT169H"), "t"))
                .containsExactly("window must be above 0 and at most 7 days");
        assertThat(validator.problems(request("bounce_rate", scope, 0.1, "PT0S"), "t"))
                .containsExactly("window must be above 0 and at most 7 days");
    }

    @Test
    void aTenantScopeMayOnlyNameTheCallersOrganisation() {
        assertThat(validator.problems(request("bounce_rate", new RuleScope("tenant", "t-other"), 0.1, "PT1H"),
                "t-acme")).containsExactly("scope.value of a tenant scope must be your organisation's id or null");
        assertThat(validator.problems(request("bounce_rate", new RuleScope("tenant", "t-acme"), 0.1, "PT1H"),
                "t-acme")).isEmpty();
    }
}
