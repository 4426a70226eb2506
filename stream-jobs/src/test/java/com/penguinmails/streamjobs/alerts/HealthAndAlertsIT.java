package com.penguinmails.streamjobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clickhouse.client.api.query.GenericRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The health and alerts stage on a MiniCluster with the real Kafka broker and ClickHouse engine: a sending domain
 * goes bad and recovers; its alert fires and resolves exactly when an independent recount of the raw events says,
 * health snapshots equal a SQL recount of the stored events, rules change on the running job, and a job killed
 * mid-stream and restored from its checkpoint neither loses nor repeats alerts.
 */
@ExtendWith(EmbeddedStackExtension.class)
class HealthAndAlertsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final int MINUTES = 90;
    private static final int BAD_FROM = 30;
    private static final int BAD_TO = 45;
    private static final double THRESHOLD = 0.05;

    @TempDir
    Path checkpoints;

    @Test
    void aDomainThatGoesBadFiresAndResolvesAndRulesChangeOnTheRunningJob(EmbeddedStack stack) throws Exception {
        try (HealthPipelineFixture pipeline = new HealthPipelineFixture(stack, "health")) {
            StreamJobsConfiguration config = pipeline.config(checkpoints);
            pipeline.produceRule("r-bounce", pipeline.bounceRule("r-bounce", THRESHOLD));
            JobClient job = pipeline.start(config, new Configuration());
            try {
                awaitRulesApplied(pipeline, "canary-1");
                List<Event> events = DomainTraffic.minutes(pipeline.tenant, 0, MINUTES, BAD_FROM, BAD_TO);
                pipeline.produceEvents(events);
                awaitFinalHealth(pipeline, events);

                assertAlertsMatchTheRecount(pipeline, events);
                assertHealthMatchesTheStoredEvents(pipeline);
                assertThat(autoPauses(pipeline)).as("auto-pause recommendations").containsOnlyKeys(
                        "sending_domain:bad.io", "sending_ip:192.0.2.2", "mailbox:ann@bad.io", "mailbox:bob@bad.io");
                assertKafkaCarriesTheSameAlertsOnce(pipeline);

                pipeline.produceRule("r-bounce", "{not json");
                pipeline.produceRule("r-bounce", pipeline.bounceRule("r-bounce", 0.001));
                await().atMost(PATIENCE).ignoreExceptions().until(() -> firing(pipeline, "r-bounce") == 2);
                pipeline.produceRule("r-bounce", null);
                await().atMost(PATIENCE).ignoreExceptions().until(() -> firing(pipeline, "r-bounce") == 0);
                List<GenericRecord> deleted = pipeline.alertRows().stream()
                        .filter(row -> row.getString("detail").equals("rule deleted")).toList();
                assertThat(deleted).extracting(row -> row.getString("scope_value"))
                        .containsExactlyInAnyOrder("good.io", "bad.io");
                assertKafkaCarriesTheSameAlertsOnce(pipeline);
            } finally {
                job.cancel().get();
            }
        }
    }

    @Test
    void aJobRestoredFromTheCheckpointOfAKilledOneNeitherRepeatsNorLosesAlerts(EmbeddedStack stack)
            throws Exception {
        try (HealthPipelineFixture pipeline = new HealthPipelineFixture(stack, "health-restore")) {
            StreamJobsConfiguration config = pipeline.config(checkpoints);
            pipeline.produceRule("r-bounce", pipeline.bounceRule("r-bounce", THRESHOLD));
            List<Event> firstPart = DomainTraffic.minutes(pipeline.tenant, 0, 40, BAD_FROM, BAD_TO);
            List<Event> secondPart = DomainTraffic.minutes(pipeline.tenant, 40, MINUTES, BAD_FROM, BAD_TO);

            JobClient first = pipeline.start(config, new Configuration());
            awaitRulesApplied(pipeline, "canary-2");
            pipeline.produceEvents(firstPart);
            await().atMost(PATIENCE).ignoreExceptions().until(() -> pipeline.alertRows().stream()
                    .anyMatch(row -> row.getString("rule_id").equals("r-bounce"))
                    && HealthPipelineFixture.latestCheckpoint(checkpoints).isPresent());
            first.cancel().get();
            Path checkpoint = HealthPipelineFixture.latestCheckpoint(checkpoints).orElseThrow();

            Configuration restore = new Configuration();
            restore.set(StateRecoveryOptions.SAVEPOINT_PATH, checkpoint.toUri().toString());
            JobClient second = pipeline.start(config, restore);
            try {
                pipeline.produceEvents(secondPart);
                List<Event> events = new ArrayList<>(firstPart);
                events.addAll(secondPart);
                awaitFinalHealth(pipeline, events);

                assertAlertsMatchTheRecount(pipeline, events);
                assertHealthMatchesTheStoredEvents(pipeline);
                assertKafkaCarriesTheSameAlertsOnce(pipeline);
            } finally {
                second.cancel().get();
            }
        }
    }

    /**
     * Adds a canary rule after the real ones and waits for its alert: the rules topic has one partition, so every
     * rule before it is in the broadcast state when the events arrive.
     */
    private static void awaitRulesApplied(HealthPipelineFixture pipeline, String canary) {
        String domain = canary + ".io";
        pipeline.produceRule("r-" + canary, """
                {"rule_id":"r-%s","tenant_id":"%s","metric":"volume_sent","scope":{"kind":"sending_domain",
                 "value":"%s"},"threshold":0,"window":"PT1M"}""".formatted(canary, pipeline.tenant, domain));
        pipeline.produceEvents(List.of(Event.newBuilder()
                .setEventId(canary).setTenantId(pipeline.tenant).setType(EventType.send)
                .setOccurredAt(DomainTraffic.T0).setReceivedAt(DomainTraffic.T0)
                .setMessageId(canary).setSendingDomain(domain).build()));
        await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> pipeline.alertRows().stream().anyMatch(row -> row.getString("rule_id").equals("r-" + canary)));
    }

    /** Waits until the last snapshot of bad.io counts every send and the events table holds every event. */
    private static void awaitFinalHealth(HealthPipelineFixture pipeline, List<Event> events) throws Exception {
        long sends = events.stream().filter(e -> e.getType() == EventType.send && "bad.io".equals(e.getSendingDomain()))
                .count();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                pipeline.queryLong("SELECT count() FROM penguinmails.events WHERE tenant_id = '" + pipeline.tenant
                        + "' AND sending_domain IN ('good.io', 'bad.io')") >= events.size()
                && pipeline.healthRows().stream().anyMatch(row -> row.getString("scope_value").equals("bad.io")
                        && row.getString("mailbox_provider").isEmpty() && row.getLong("sent_7d") == sends));
        Thread.sleep(3_000);
    }

    /**
     * The alerts of the bounce rule, per domain, against the recount: on Kafka (read_committed) every firing and
     * resolved record exactly once, in ClickHouse the latest state of every episode.
     */
    private static void assertAlertsMatchTheRecount(HealthPipelineFixture pipeline, List<Event> events)
            throws Exception {
        // A transaction a killed job left open holds back read_committed consumers until the restored job aborts
        // it or the broker times it out (transactionTimeout, 30 s here): wait for the bad domain's records.
        await().atMost(PATIENCE).pollDelay(Duration.ZERO).until(() -> pipeline.alertsOnKafka().stream()
                .anyMatch(json -> json.get("scope_value").asText().equals(DomainTraffic.BAD)
                        && json.get("state").asText().equals("resolved")));
        List<JsonNode> onKafka = pipeline.alertsOnKafka();
        for (String domain : List.of(DomainTraffic.GOOD, DomainTraffic.BAD)) {
            List<ExpectedAlerts.Episode> expected = ExpectedAlerts.bounceRate(events, domain, THRESHOLD,
                    Duration.ofMinutes(15), 50, Duration.ofMinutes(30));
            List<String> expectedRecords = new ArrayList<>();
            List<String> expectedLatest = new ArrayList<>();
            for (ExpectedAlerts.Episode episode : expected) {
                expectedRecords.add("firing " + episode.firedAt() + " null");
                String resolved = "resolved " + episode.firedAt() + " " + episode.resolvedAt();
                if (episode.resolvedAt() != null) {
                    expectedRecords.add(resolved);
                }
                expectedLatest.add(episode.resolvedAt() != null ? resolved : "firing " + episode.firedAt() + " null");
            }
            assertThat(onKafka.stream().filter(json -> json.get("rule_id").asText().equals("r-bounce")
                            && json.get("scope_value").asText().equals(domain)))
                    .as("alert records of %s on Kafka", domain)
                    .extracting(json -> json.get("state").asText() + " " + json.get("fired_at").asText() + " "
                            + json.get("resolved_at").asText())
                    .containsExactlyElementsOf(expectedRecords);
            assertThat(pipeline.alertRows().stream().filter(row -> row.getString("rule_id").equals("r-bounce")
                            && row.getString("scope_value").equals(domain)))
                    .as("latest alert rows of %s in ClickHouse", domain)
                    .extracting(row -> row.getString("state") + " " + instant(row, "fired_at") + " "
                            + (row.getObject("resolved_at") == null ? "null" : instant(row, "resolved_at")))
                    .containsExactlyElementsOf(expectedLatest);
            if (domain.equals(DomainTraffic.BAD)) {
                assertThat(expected).as("the bad domain's episodes").isNotEmpty();
                assertThat(expected.get(0).firedAt()).isBetween(DomainTraffic.T0.plus(Duration.ofMinutes(BAD_FROM)),
                        DomainTraffic.T0.plus(Duration.ofMinutes(BAD_TO)));
                assertThat(expected.get(expected.size() - 1).resolvedAt()).as("resolved after the bad minutes")
                        .isAfter(DomainTraffic.T0.plus(Duration.ofMinutes(BAD_TO)));
            } else {
                assertThat(expected).isEmpty();
            }
        }
    }

    private static Instant instant(GenericRecord row, String column) {
        return row.getZonedDateTime(column).withZoneSameInstant(ZoneOffset.UTC).toInstant();
    }

    /**
     * Every snapshot row against a recount over the stored events with the same windows: the 1,440 minutes and the
     * 168 hours up to as_of; per provider from the recipient domain.
     */
    private static void assertHealthMatchesTheStoredEvents(HealthPipelineFixture pipeline) {
        List<GenericRecord> rows = pipeline.healthRows();
        assertThat(rows).extracting(row -> row.getString("scope_kind") + ":" + row.getString("scope_value"))
                .contains("sending_domain:good.io", "sending_domain:bad.io", "mailbox:ann@bad.io",
                        "sending_ip:192.0.2.1");
        for (GenericRecord row : rows) {
            String scope = row.getString("scope_kind");
            String value = row.getString("scope_value");
            String provider = row.getString("mailbox_provider");
            String asOf = "toDateTime64('" + instant(row, "as_of") + "', 3, 'UTC')";
            String where = " FROM penguinmails.events WHERE tenant_id = '" + pipeline.tenant + "' AND " + scope
                    + " = '" + value + "'" + (provider.isEmpty() ? "" : " AND transform(recipient_domain,"
                    + " ['gmail.com', 'outlook.com'], ['google', 'microsoft'], '') = '" + provider + "'");
            if (provider.isEmpty()) {
                assertThat(instant(row, "as_of")).as("as_of of %s %s is its newest event", scope, value)
                        .isEqualTo(pipeline.query("SELECT max(occurred_at) AS t" + where).get(0)
                                .getZonedDateTime("t").toInstant());
            }
            for (String window : List.of("24h", "7d")) {
                String bucket = window.equals("24h") ? "toStartOfMinute" : "toStartOfHour";
                String length = window.equals("24h") ? "INTERVAL 24 HOUR" : "INTERVAL 168 HOUR";
                String inWindow = " AND " + bucket + "(occurred_at) > " + bucket + "(" + asOf + ") - " + length
                        + " AND " + bucket + "(occurred_at) <= " + bucket + "(" + asOf + ")";
                GenericRecord recount = pipeline.query("SELECT countIf(event_type = 'send') AS sent,"
                        + " countIf(event_type = 'delivered') AS delivered, countIf(event_type = 'bounce') AS bounced,"
                        + " countIf(bounce_type = 'hard') AS hard, countIf(bounce_type = 'block') AS blocked,"
                        + " countIf(event_type = 'complaint') AS complaints" + where + inWindow).get(0);
                String what = scope + " " + value + " [" + provider + "] " + window;
                assertThat(row.getLong("sent_" + window)).as(what + " sent").isEqualTo(recount.getLong("sent"));
                assertThat(row.getLong("delivered_" + window)).as(what + " delivered")
                        .isEqualTo(recount.getLong("delivered"));
                assertThat(row.getLong("bounced_" + window)).as(what + " bounced").isEqualTo(recount.getLong("bounced"));
                assertThat(row.getLong("hard_bounced_" + window)).as(what + " hard").isEqualTo(recount.getLong("hard"));
                assertThat(row.getLong("blocked_" + window)).as(what + " blocked").isEqualTo(recount.getLong("blocked"));
                assertThat(row.getLong("complaints_" + window)).as(what + " complaints")
                        .isEqualTo(recount.getLong("complaints"));
                double sent = recount.getLong("sent");
                assertThat(row.getDouble("bounce_rate_" + window)).as(what + " bounce rate")
                        .isEqualTo(sent == 0 ? 0 : recount.getLong("bounced") / sent);
            }
        }
        GenericRecord bad = rows.stream().filter(row -> row.getString("scope_value").equals("bad.io")
                && row.getString("mailbox_provider").isEmpty()).findFirst().orElseThrow();
        GenericRecord good = rows.stream().filter(row -> row.getString("scope_value").equals("good.io")
                && row.getString("mailbox_provider").isEmpty()).findFirst().orElseThrow();
        assertThat(bad.getString("status")).isEqualTo("critical");
        assertThat(bad.getBoolean("pause_recommended")).isTrue();
        assertThat(bad.getString("reasons")).contains("bounce_rate_24h_critical");
        assertThat(good.getBoolean("pause_recommended")).isFalse();
        assertThat(good.getString("status")).as("0.11 % complaints: above Google's 0.1 %").isEqualTo("warning");
    }

    private static Map<String, Long> autoPauses(HealthPipelineFixture pipeline) {
        return pipeline.alertRows().stream().filter(row -> row.getString("rule_id").equals("auto_pause"))
                .collect(Collectors.groupingBy(row -> row.getString("scope_kind") + ":" + row.getString("scope_value"),
                        Collectors.counting()));
    }

    private static long firing(HealthPipelineFixture pipeline, String ruleId) {
        return pipeline.alertRows().stream().filter(row -> row.getString("rule_id").equals(ruleId)
                && row.getString("state").equals("firing")).count();
    }

    /**
     * The alerts topic (read_committed) holds every record once, and its latest state per alert is what ClickHouse
     * holds.
     */
    private static void assertKafkaCarriesTheSameAlertsOnce(HealthPipelineFixture pipeline) throws Exception {
        List<JsonNode> onKafka = pipeline.alertsOnKafka();
        assertThat(onKafka).extracting(json -> json.get("alert_id").asText() + " " + json.get("state").asText())
                .as("alerts on Kafka, read_committed").doesNotHaveDuplicates();
        Map<String, String> latestOnKafka = new java.util.TreeMap<>();
        for (JsonNode json : onKafka) {
            latestOnKafka.merge(json.get("alert_id").asText(), json.get("state").asText(),
                    (a, b) -> a.equals("resolved") ? a : b);
        }
        Map<String, String> stored = new java.util.TreeMap<>();
        pipeline.alertRows().forEach(row -> stored.put(row.getString("alert_id"), row.getString("state")));
        assertThat(stored).isEqualTo(latestOnKafka);
    }
}
