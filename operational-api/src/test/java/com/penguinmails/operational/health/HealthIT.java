package com.penguinmails.operational.health;

import static com.penguinmails.operational.access.OperationalApi.json;
import static com.penguinmails.operational.access.OperationalApi.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.Topics;
import com.penguinmails.operational.access.OperationalApi;
import com.penguinmails.operational.dns.DnsFactory;
import com.penguinmails.operational.dns.DnsLookup;
import com.penguinmails.operational.dns.LoopbackDnsServer;
import com.penguinmails.operational.webhooks.RecordingWebhookReceiver;
import io.dropwizard.testing.ConfigOverride;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The health scheduler on the real service database, against a real SMTP server with STARTTLS, the loopback DNS
 * server (PTR, A, blocklist zones) and the embedded Kafka: checks follow the inventory, results and trends are stored
 * and served, a blocklisting fires a health alert on topic {@code alerts} that the notifier delivers to the
 * organisation's health channel, its recovery resolves it, two workers never run a check twice, old results are
 * purged, and another organisation sees nothing.
 */
@ExtendWith(EmbeddedStackExtension.class)
class HealthIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String HOST = "mail.health.test";
    private static final String DOMAIN = "send.health.test";
    private static final String LISTING = DOMAIN + ".dbl.it.test";
    private static final Instant REAL_NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant T0 = REAL_NOW.minus(Duration.ofDays(9));

    private static OperationalApi api;
    private static LoopbackDnsServer dns;
    private static TestCertificates certificate;
    private static TestSmtpServer smtp;
    private static RecordingWebhookReceiver receiver;
    private static KafkaProducer<byte[], byte[]> producer;
    private static String bootstrap;

    @BeforeAll
    static void start(EmbeddedStack stack) throws Exception {
        stack.kafka().createTopic(Topics.ALERTS, 1);
        bootstrap = stack.kafka().bootstrapServers();
        api = OperationalApi.start(stack, "health_it",
                ConfigOverride.config("kafka.bootstrapServers", bootstrap),
                ConfigOverride.config("notifications.consumeAlerts", "true"));
        dns = LoopbackDnsServer.start();
        certificate = TestCertificates.selfSigned(HOST, T0.minus(Duration.ofDays(1)), REAL_NOW.plus(Duration.ofDays(60)));
        smtp = TestSmtpServer.withStartTls(HOST, certificate.serverContext());
        receiver = RecordingWebhookReceiver.start();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stop() throws Exception {
        producer.close();
        receiver.close();
        smtp.close();
        dns.close();
        api.stop();
    }

    @Test
    void checksRunOnScheduleKeepHistoryTrendsAndAlertOnFailureAndRecovery() throws Exception {
        JsonNode org = api.signUp("Health Org", "owner@health.test");
        String tenant = org.get("organisation_id").asText();
        String workspace = org.get("workspace_id").asText();
        String owner = api.signIn("owner@health.test");
        HealthInventory.activeServer(api.jdbi(), tenant, workspace, "srv-health-1", "127.0.0.1", HOST, HOST,
                smtp.port());
        HealthInventory.sendingDomain(api.jdbi(), tenant, workspace, "dom-health-1", DOMAIN);
        dns.addPtr("1.0.0.127.in-addr.arpa", HOST);
        dns.addA(HOST, "127.0.0.1");
        String webhook = json(require(api.call("POST", "/v1/webhooks", owner, Map.of("url",
                receiver.url("/health"), "event_types", List.of("bounce"))), 201)).get("id").asText();
        require(api.call("POST", "/v1/notification-channels", owner, Map.of("name", "Health", "type", "webhook",
                "webhook_id", webhook, "health_alerts", true)), 201);

        SettableClock clock = new SettableClock(T0);
        HealthWorker worker = worker(clock);
        assertThat(worker.sync()).isEqualTo(5);
        assertThat(worker.sync()).isZero();

        assertThat(worker.runDue()).isEqualTo(5);
        clock.set(T0.plus(Duration.ofDays(1)));
        assertThat(worker.runDue()).isEqualTo(5);
        assertThat(worker.runDue()).as("nothing is due again within the interval").isZero();
        JsonNode healthy = json(require(api.call("GET", "/v1/workspaces/" + workspace + "/health", owner, null), 200));
        assertThat(healthy.at("/summary/ok").asInt()).as(healthy.toString()).isEqualTo(5);

        dns.addA(LISTING, "127.0.1.2");
        clock.set(T0.plus(Duration.ofDays(5)));
        worker.runDue();
        clock.set(T0.plus(Duration.ofDays(6)));
        worker.runDue();
        dns.remove(LISTING, "A");
        clock.set(T0.plus(Duration.ofDays(8)));
        worker.runDue();

        List<JsonNode> alerts = alertsOf(tenant, 2);
        assertThat(alerts).extracting(alert -> alert.get("state").asText()).containsExactly("firing", "resolved");
        Instant firedAt = T0.plus(Duration.ofDays(5));
        String alertId = "health.dnsbl_domain/sending_domain:" + DOMAIN + "/" + firedAt;
        assertThat(alerts).allSatisfy(alert -> {
            assertThat(alert.get("alert_id").asText()).isEqualTo(alertId);
            assertThat(alert.get("rule_id").asText()).isEqualTo("health.dnsbl_domain");
            assertThat(alert.get("workspace_id").asText()).isEqualTo(workspace);
            assertThat(alert.get("fired_at").asText()).isEqualTo(firedAt.toString());
        });
        assertThat(alerts.get(0).get("detail").asText()).contains("dbl.it.test: 127.0.1.2");
        assertThat(alerts.get(1).get("resolved_at").asText()).isEqualTo(T0.plus(Duration.ofDays(8)).toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.receivedAt("/health").size() >= 2);
        assertThat(receiver.receivedAt("/health")).extracting(RecordingWebhookReceiver.Received::eventType)
                .containsExactlyInAnyOrder("alert.fired", "alert.resolved");

        JsonNode current = json(require(api.call("GET", "/v1/workspaces/" + workspace + "/health", owner, null), 200));
        JsonNode domainCheck = check(current, "dnsbl_domain");
        assertThat(domainCheck.get("status").asText()).isEqualTo("ok");
        assertThat(Instant.parse(domainCheck.get("status_since").asText())).isEqualTo(T0.plus(Duration.ofDays(8)));
        assertThat(domainCheck.get("pass_rate_7d").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(domainCheck.get("runs_7d").asInt()).isEqualTo(3);
        assertThat(domainCheck.get("pass_rate_30d").decimalValue()).isEqualByComparingTo("0.6");
        assertThat(domainCheck.get("alert_open_since").isNull()).isTrue();
        JsonNode tls = check(current, "tls_certificate");
        assertThat(tls.get("status").asText()).isEqualTo("ok");
        assertThat(tls.get("days_left_7d_ago").asLong() - tls.get("days_left").asLong()).isEqualTo(7);
        assertThat(check(current, "reverse_dns").get("status").asText()).isEqualTo("ok");
        assertThat(check(current, "smtp").get("detail").asText()).startsWith("greets as " + HOST);

        JsonNode history = json(require(api.call("GET", "/v1/workspaces/" + workspace
                + "/health/history?check=dnsbl_domain&from=" + T0.minus(Duration.ofDays(1)), owner, null), 200));
        assertThat(history.get("results")).extracting(result -> result.get("status").asText())
                .containsExactly("ok", "failing", "failing", "ok", "ok");
        assertThat(history.at("/results/1/measured/zones/0/codes/0").asText()).isEqualTo("127.0.1.2");

        clock.set(T0.plus(Duration.ofDays(8)).plus(Duration.ofHours(2)));
        HealthWorker other = worker(clock);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(worker::runDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(other::runDue);
        assertThat(first.get() + second.get()).isEqualTo(5);
        int stored = api.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM health_results WHERE checked_at = :at")
                .bind("at", java.sql.Timestamp.from(clock.instant())).mapTo(Integer.class).one());
        assertThat(stored).as("one result per check").isEqualTo(5);

        clock.set(T0.plus(Duration.ofDays(95)));
        assertThat(worker.purge()).as("the results of days 0 and 1 are older than 90 days").isEqualTo(10);
        assertThat(json(require(api.call("GET", "/v1/workspaces/" + workspace
                + "/health/history?limit=1000&from=" + T0.minus(Duration.ofDays(1)), owner, null), 200))
                .get("results")).hasSize(20);
    }

    @Test
    void anotherOrganisationSeesNothingAndReadersNeedInfrastructureRead() {
        JsonNode org = api.signUp("Health Other", "owner@health-other.test");
        String workspace = org.get("workspace_id").asText();
        String owner = api.signIn("owner@health-other.test");
        api.signUp("Health Stranger", "owner@health-stranger.test");
        String stranger = api.signIn("owner@health-stranger.test");
        String viewer = api.newPerson(owner, workspace, "viewer@health-other.test", "viewer");

        assertThat(api.call("GET", "/v1/workspaces/" + workspace + "/health", stranger, null).statusCode())
                .isEqualTo(404);
        assertThat(api.call("GET", "/v1/workspaces/" + workspace + "/health/history", stranger, null).statusCode())
                .isEqualTo(404);
        assertThat(api.call("GET", "/v1/workspaces/" + workspace + "/health", null, null).statusCode())
                .isEqualTo(401);
        assertThat(api.call("GET", "/v1/workspaces/" + workspace + "/health", viewer, null).statusCode())
                .isEqualTo(200);
        assertThat(api.call("GET", "/v1/workspaces/" + workspace + "/health/history?check=nope", viewer, null)
                .statusCode()).isEqualTo(422);
    }

    private static JsonNode check(JsonNode current, String kind) {
        for (JsonNode check : current.get("checks")) {
            if (check.get("check").asText().equals(kind)) {
                return check;
            }
        }
        throw new AssertionError("no " + kind + " check in " + current);
    }

    private static HealthWorker worker(SettableClock clock) throws Exception {
        DnsFactory factory = new DnsFactory();
        factory.setResolvers(List.of(dns.address()));
        factory.setTimeout(io.dropwizard.util.Duration.seconds(2));
        DnsLookup lookup = factory.buildLookup();
        HealthCheckRunner runner = new HealthCheckRunner(
                new SmtpProbe(Duration.ofSeconds(5), "probe.health.test", certificate.trust()),
                new ReverseDnsCheck(lookup), new DnsblCheck(lookup, List.of(
                        new DnsblZone("zen.it.test", DnsblZone.Lists.IP),
                        new DnsblZone("dbl.it.test", DnsblZone.Lists.DOMAIN))), clock);
        Map<CheckKind, Duration> intervals = new EnumMap<>(CheckKind.class);
        for (CheckKind kind : CheckKind.values()) {
            intervals.put(kind, Duration.ofHours(1));
        }
        return new HealthWorker(api.jdbi(), runner,
                new KafkaHealthAlertPublisher(producer, Topics.ALERTS, Duration.ofSeconds(30)), intervals,
                new HealthWorkerSettings(50, Duration.ofMinutes(10), Duration.ofDays(90), Duration.ofMinutes(1),
                        Duration.ofHours(1)), clock, MAPPER);
    }

    private static List<JsonNode> alertsOf(String tenant, int expected) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "health-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ALERTS));
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode alert = MAPPER.readTree(new String(record.value(), StandardCharsets.UTF_8));
                    if (tenant.equals(alert.path("tenant_id").asText())) {
                        found.add(alert);
                    }
                }
                if (found.size() >= expected) {
                    Thread.sleep(500);
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        JsonNode alert = MAPPER.readTree(new String(record.value(), StandardCharsets.UTF_8));
                        if (tenant.equals(alert.path("tenant_id").asText())) {
                            found.add(alert);
                        }
                    }
                    return found;
                }
            }
        }
        return found;
    }
}
