package com.penguinmails.query.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.store.BoundQuery;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthRequestTest {

    private static final Duration MAX = Duration.ofDays(400);

    @Test
    void acceptsShortAndStoredScopeNames() {
        assertThat(parse("scope", "domain").scope()).isEqualTo(HealthScope.SENDING_DOMAIN);
        assertThat(parse("scope", "sending_domain").scope()).isEqualTo(HealthScope.SENDING_DOMAIN);
        assertThat(parse("scope", "ip").scope().kind()).isEqualTo("sending_ip");
        assertThat(parse("scope", "mailbox").scope()).isEqualTo(HealthScope.MAILBOX);
    }

    @Test
    void readsProviderScopeValueStatusAndInterval() {
        HealthRequest request = parse("scope", "mailbox", "provider", "google", "mailbox", "sam@send.acme.io",
                "status", "critical", "interval", "day");

        assertThat(request.provider()).isEqualTo("google");
        assertThat(request.scopeValues()).containsExactly("sam@send.acme.io");
        assertThat(request.status()).contains("critical");
        assertThat(request.interval()).isEqualTo(Interval.DAY);
        assertThat(parse("scope", "ip").provider()).isEmpty();
    }

    @Test
    void narrowsToTheScopesOfADomainOrMailbox() {
        HealthRequest domains = parse("scope", "domain", "sending_domain", "send.acme.io", "mailbox",
                "sam@send.acme.io");
        assertThat(domains.scopeValues()).containsExactly("send.acme.io", "send.acme.io");
        assertThat(domains.mailboxDomain()).isEmpty();

        HealthRequest mailboxes = parse("scope", "mailbox", "sending_domain", "send.acme.io");
        assertThat(mailboxes.scopeValues()).isEmpty();
        assertThat(mailboxes.mailboxDomain()).contains("send.acme.io");
        assertThat(HealthQuery.current(mailboxes).sql()).contains("endsWith(scope_value, {mailbox_suffix:String})");
        assertThat(HealthQuery.current(mailboxes).parameters()).containsEntry("mailbox_suffix", "@send.acme.io");
    }

    @Test
    void refusesWhatAHealthRowCannotAnswer() {
        assertThatThrownBy(() -> parse("scope", "planet")).isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageContaining("scope must be one of");
        assertThatThrownBy(() -> parse("scope", "ip", "sending_domain", "send.acme.io"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("scope=sending_ip");
        assertThatThrownBy(() -> parse("scope", "ip", "mailbox", "sam@send.acme.io"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("scope=sending_ip");
        assertThatThrownBy(() -> parse("scope", "domain", "campaign_id", "c-1"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("'campaign_id'");
        assertThatThrownBy(() -> parse("scope", "domain", "status", "sick"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("healthy");
        assertThatThrownBy(() -> parse()).isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageContaining("'scope'");
    }

    @Test
    void cutsTheTrendInTheRequestedZoneFromEachSnapshotsOwnTime() {
        HealthRequest request = parse("scope", "domain", "interval", "day", "tz", "Asia/Kolkata");

        assertThat(request.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        BoundQuery trend = HealthQuery.trend(request);
        assertThat(trend.sql()).contains("toStartOfDay(toDateTime(as_of, {tz:String}))").contains("AS bucket_start")
                .doesNotContain("Kolkata");
        assertThat(trend.parameters()).containsEntry("tz", "Asia/Kolkata");
        assertThat(parse("scope", "domain").zone()).isEqualTo(ZoneId.of("UTC"));
        assertThatThrownBy(() -> parse("scope", "domain", "tz", "Mars/Olympus"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("tz");
    }

    private static HealthRequest parse(String... namesAndValues) {
        Map<String, List<String>> values = new HashMap<>();
        values.put("from", List.of("2026-11-01T00:00:00Z"));
        values.put("to", List.of("2026-11-08T00:00:00Z"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return HealthRequest.parse("acme", new QueryParameters(values), MAX);
    }
}
