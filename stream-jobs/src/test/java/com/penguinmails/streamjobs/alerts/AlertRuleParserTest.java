package com.penguinmails.streamjobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertRuleParserTest {

    static final String FULL = """
            {"rule_id":"r-1","tenant_id":"t-acme","name":"Bounces on send.acme.io","metric":"bounce_rate",
             "scope":{"kind":"sending_domain","value":"send.acme.io"},"comparison":"above","threshold":0.05,
             "window":"PT1H","min_volume":50,"cooldown":"PT30M","enabled":true,"created_by":"ops"}""";

    private final AlertRuleParser parser = new AlertRuleParser();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryFieldOfARule() throws Exception {
        RuleUpdate update = parser.parse(utf8("r-1"), utf8(FULL));

        assertThat(update.isDelete()).isFalse();
        assertThat(update.rule()).isEqualTo(new AlertRule("r-1", "t-acme", "Bounces on send.acme.io",
                Metric.BOUNCE_RATE, ScopeKind.SENDING_DOMAIN, "send.acme.io", Comparison.ABOVE, 0.05,
                Duration.ofHours(1), 50, Duration.ofMinutes(30), true));
    }

    @Test
    void fillsDefaultsForOptionalFields() throws Exception {
        RuleUpdate update = parser.parse(utf8("r-2"), utf8("""
                {"rule_id":"r-2","tenant_id":"t-acme","metric":"volume_sent","scope":{"kind":"tenant"},
                 "threshold":10,"window":"PT24H"}"""));

        AlertRule rule = update.rule();
        assertThat(rule.name()).isEqualTo("r-2");
        assertThat(rule.scopeValue()).isNull();
        assertThat(rule.comparison()).isEqualTo(Comparison.ABOVE);
        assertThat(rule.minVolume()).isZero();
        assertThat(rule.cooldown()).isZero();
        assertThat(rule.enabled()).isTrue();
    }

    @Test
    void aTombstoneDeletesTheRuleOfItsKey() throws Exception {
        assertThat(parser.parse(utf8("r-1"), null)).isEqualTo(RuleUpdate.delete("r-1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not json at all|Not JSON",
        "[1,2]|JSON object",
        "{\"rule_id\":\"other\",\"tenant_id\":\"t\",\"metric\":\"bounce_rate\",\"scope\":{\"kind\":\"tenant\"},\"threshold\":1,\"window\":\"PT1H\"}|differs from the record key",
        "{\"rule_id\":\"r-1\",\"metric\":\"bounce_rate\",\"scope\":{\"kind\":\"tenant\"},\"threshold\":1,\"window\":\"PT1H\"}|tenant_id is required",
        "{\"rule_id\":\"r-1\",\"tenant_id\":\"t\",\"metric\":\"open_rate\",\"scope\":{\"kind\":\"tenant\"},\"threshold\":1,\"window\":\"PT1H\"}|Unknown metric",
        "{\"rule_id\":\"r-1\",\"tenant_id\":\"t\",\"metric\":\"bounce_rate\",\"scope\":{\"kind\":\"planet\"},\"threshold\":1,\"window\":\"PT1H\"}|Unknown scope kind",
        "{\"rule_id\":\"r-1\",\"tenant_id\":\"t\",\"metric\":\"bounce_rate\",\"threshold\":1,\"window\":\"PT1H\"}|scope must be an object",
        "{\"rule_id\":\"r-1\",\"tenant_id\":\"t\",\"metric\":\"bounce_rate\",\"scope\":{\"kind\":\"tenant\"},\"threshold\":\"high\",\"window\":\"PT1H\"}|threshold must be a finite number",
        "{\"rule_id\":\"r-1\",\"tenant_id\":\"t\",\"metric\":\"bounce_rate\",\"scope\":{\"kind\":\"tenant\"},\"threshold\":1,\"window\":\"an hour\"}|ISO-8601 duration",
        "{\"rule_id\":\"r-1\",\"tenant_id\":\"t\",\"metric\":\"bounce_rate\",\"scope\":{\"kind\":\"tenant\"},\"threshold\":1,\"window\":\"P30D\"}|at most 7 days",
        "{\"rule_id\":\"r-1\",\"tenant_id\":\"t\",\"metric\":\"bounce_rate\",\"scope\":{\"kind\":\"tenant\"},\"threshold\":1,\"window\":\"PT1H\",\"min_volume\":-1}|min_volume",
        "{\"rule_id\":\"r-1\",\"tenant_id\":\"t\",\"metric\":\"bounce_rate\",\"scope\":{\"kind\":\"tenant\"},\"threshold\":1,\"window\":\"PT1H\",\"cooldown\":\"-PT1M\"}|cooldown must not be negative",
        "{\"rule_id\":\"r-1\",\"tenant_id\":\"t\",\"metric\":\"bounce_rate\",\"scope\":{\"kind\":\"tenant\"},\"threshold\":1,\"window\":\"PT1H\",\"comparison\":\"equals\"}|Unknown comparison",
        "{\"rule_id\":\"r-1\",\"tenant_id\":\"t\",\"metric\":\"bounce_rate\",\"scope\":{\"kind\":\"tenant\"},\"threshold\":1,\"window\":\"PT1H\",\"enabled\":\"yes\"}|enabled must be true or false"
    })
    void rejectsInvalidRulesSayingWhy(String json, String why) {
        assertThatThrownBy(() -> parser.parse(utf8("r-1"), utf8(json)))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining(why);
    }

    @Test
    void rejectsAMissingKeyABadKeyAndTheReservedAutoPauseId() {
        assertThatThrownBy(() -> parser.parse(null, utf8(FULL))).isInstanceOf(InvalidRuleException.class);
        assertThatThrownBy(() -> parser.parse(utf8("r 1"), null)).isInstanceOf(InvalidRuleException.class);
        assertThatThrownBy(() -> parser.parse(utf8("auto_pause"), null))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("reserved");
    }
}
