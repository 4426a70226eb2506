package com.penguinmails.operational.usage;

import static com.penguinmails.operational.access.OperationalApi.json;
import static com.penguinmails.operational.access.OperationalApi.require;
import static org.assertj.core.api.Assertions.assertThat;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.operational.access.OperationalApi;
import com.penguinmails.operational.billing.FakeStripe;
import com.penguinmails.operational.billing.PostgresBillingAccounts;
import com.penguinmails.operational.health.SettableClock;
import com.penguinmails.operational.notifications.RetrySchedule;
import com.stripe.StripeClient;
import io.dropwizard.testing.ConfigOverride;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Usage metering against the real ClickHouse engine and PostgreSQL, reported to a local Stripe fake: counts are exact
 * under duplicate events, the usage endpoint answers against the plan, and reporting survives Stripe outages and
 * timeouts without ever counting an email twice.
 */
@ExtendWith(EmbeddedStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UsageMeteringIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant PERIOD_START = NOW.minus(Duration.ofDays(10));
    private static final Instant PERIOD_END = NOW.plus(Duration.ofDays(20));
    private static final String CUSTOMER = "cus_usage_it";
    private static final String LOST_ANSWER_CUSTOMER = "cus_usage_lost_answer";
    private static final String LEGACY_CUSTOMER = "cus_usage_legacy";

    private static OperationalApi api;
    private static Client clickHouse;
    private static AnalyticsEvents events;
    private static final String METER_EVENTS = "/v1/billing/meter_events";

    private static FakeStripe stripe;
    private static String tenant;
    private static String owner;
    private static String viewer;
    private static String firstWorkspace;
    private static String secondWorkspace;
    private static String otherTenant;
    private static String otherOwner;
    private static final List<AnalyticsEvents.Row> INSERTED = new ArrayList<>();

    @BeforeAll
    static void start(EmbeddedStack stack) throws Exception {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(stack.clickHouse().httpUrl());
        clickHouse = factory.build();
        new ClickHouseMigrator(clickHouse, factory.getDatabase()).migrate();
        events = new AnalyticsEvents(clickHouse);
        stripe = FakeStripe.start();

        api = OperationalApi.start(stack, "usage_metering_it",
                ConfigOverride.config("clickHouse.url", stack.clickHouse().httpUrl()));
        JsonNode signUp = api.signUp("Metered Co", "owner@metered.test");
        tenant = signUp.get("organisation_id").asText();
        firstWorkspace = signUp.get("workspace_id").asText();
        owner = api.signIn("owner@metered.test");
        viewer = api.newPerson(owner, null, "viewer@metered.test", "viewer");
        secondWorkspace = json(require(api.call("POST", "/v1/workspaces", owner, Map.of("name", "Second")), 201))
                .get("id").asText();
        otherTenant = api.signUp("Other Co", "owner@other-metered.test").get("organisation_id").asText();
        otherOwner = api.signIn("owner@other-metered.test");
        subscribe(api.jdbi(), tenant, CUSTOMER, 400);

        List<AnalyticsEvents.Row> first = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            first.add(send(firstWorkspace, "e-" + i, PERIOD_START.plus(Duration.ofMinutes(i))));
        }
        for (int i = 300; i < 500; i++) {
            first.add(send(secondWorkspace, "e-" + i, PERIOD_START.plus(Duration.ofMinutes(i))));
        }
        for (int i = 0; i < 100; i++) {
            first.add(new AnalyticsEvents.Row(tenant, firstWorkspace, "o-" + i, "open", PERIOD_START.plusSeconds(i)));
            first.add(new AnalyticsEvents.Row(otherTenant, "ws-other", "e-" + i, "send", PERIOD_START.plusSeconds(i)));
            first.add(send(firstWorkspace, "before-" + i, PERIOD_START.minusSeconds(1 + i)));
        }
        // The same event again in the same block, and a later block repeating a hundred events: the stream job's
        // at-least-once paths before the deduplicating sink.
        first.add(send(firstWorkspace, "e-7", PERIOD_START.plus(Duration.ofMinutes(7))));
        insert(first);
        List<AnalyticsEvents.Row> second = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            second.add(send(firstWorkspace, "e-" + i, PERIOD_START.plus(Duration.ofMinutes(i))));
        }
        for (int i = 500; i < 505; i++) {
            second.add(send(secondWorkspace, "e-" + i, PERIOD_START.plus(Duration.ofMinutes(i))));
        }
        insert(second);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.stop();
        }
        if (stripe != null) {
            stripe.close();
        }
        if (clickHouse != null) {
            clickHouse.close();
        }
    }

    @Test
    @Order(1)
    void countsEachDistinctSendOncePerWorkspaceDespiteDuplicates() {
        ClickHouseUsageMeter meter = new ClickHouseUsageMeter(clickHouse, "penguinmails");

        Map<String, Long> counted = meter.sentPerWorkspace(tenant, PERIOD_START, NOW);

        assertThat(counted).isEqualTo(independentCount(tenant, PERIOD_START, NOW));
        assertThat(counted).containsEntry(firstWorkspace, 300L).containsEntry(secondWorkspace, 205L);
        assertThat(rawSendRows(tenant)).as("duplicates really are stored").isGreaterThan(505 + 100);
        assertThat(meter.sentPerTenantAndWorkspace(PERIOD_START, NOW).get(tenant)).isEqualTo(counted);
    }

    @Test
    @Order(2)
    void answersUsageAgainstThePlan() {
        JsonNode usage = json(require(api.call("GET", "/v1/usage", owner, null), 200));

        assertThat(usage.get("tenant_id").asText()).isEqualTo(tenant);
        assertThat(usage.get("plan").asText()).isEqualTo("growth");
        assertThat(usage.get("included_emails").asLong()).isEqualTo(400);
        assertThat(usage.get("emails_sent").asLong()).isEqualTo(505);
        assertThat(usage.get("progress_percent").asText()).isEqualTo("126.25");
        assertThat(usage.get("overage_emails").asLong()).isEqualTo(105);
        assertThat(usage.get("overage_cost").asText()).isEqualTo("1.20");
        assertThat(usage.get("currency").asText()).isEqualTo("usd");
        // 505 in the first 10 of 30 days: about 1,515 by the end (the clock moved on a little since).
        assertThat(usage.get("projected_emails").asLong()).isBetween(1_500L, 1_515L);
        assertThat(usage.get("projected_overage_cost").asText()).isEqualTo("2.40");
        assertThat(usage.get("period_start").asText()).isEqualTo(PERIOD_START.toString());
        assertThat(usage.get("workspaces")).hasSize(2);

        JsonNode second = json(require(api.call("GET", "/v1/usage?workspace_id=" + secondWorkspace, owner, null),
                200));
        assertThat(second.get("workspaces")).singleElement()
                .satisfies(workspace -> assertThat(workspace.get("emails_sent").asLong()).isEqualTo(205));

        JsonNode previous = json(require(api.call("GET", "/v1/usage?period=previous", owner, null), 200));
        assertThat(previous.get("emails_sent").asLong()).isEqualTo(100);
        assertThat(previous.get("period_end").asText()).isEqualTo(PERIOD_START.toString());
    }

    @Test
    @Order(3)
    void refusesOtherCallersAndKeepsTenantsApart() {
        assertThat(api.call("GET", "/v1/usage", viewer, null).statusCode()).isEqualTo(403);
        assertThat(api.call("GET", "/v1/usage?period=last", owner, null).statusCode()).isEqualTo(422);
        assertThat(api.call("GET", "/v1/usage?workspace_id=" + secondWorkspace, otherOwner, null).statusCode())
                .isEqualTo(404);
        assertThat(api.call("GET", "/v1/usage", otherOwner, null).statusCode())
                .as("the other organisation has no subscription").isEqualTo(404);
    }

    @Test
    @Order(4)
    void reportsToStripeOnceThroughOutagesAndTimeouts() throws Exception {
        UsageReporter reporter = reporter();

        stripe.failNext("POST", METER_EVENTS, 100, 500);
        reporter.runOnce();
        assertThat(stripe.meterTotal(CUSTOMER)).isZero();
        assertThat(meterEventRequests()).as("three attempts with backoff").hasSize(3);
        assertThat(reportedTotal()).isZero();

        stripe.clearFaults();
        stripe.delayNext("POST", METER_EVENTS, 1, Duration.ofMillis(2_500));
        reporter.runOnce();
        assertThat(stripe.meterTotal(CUSTOMER)).as("recorded before the timeout, then retried: counted once")
                .isEqualTo(505);
        assertThat(reportedTotal()).isEqualTo(505);

        int requests = meterEventRequests().size();
        reporter.runOnce();
        assertThat(meterEventRequests()).as("nothing new, nothing sent").hasSize(requests);

        List<AnalyticsEvents.Row> more = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            more.add(send(secondWorkspace, "late-" + i, NOW.minusSeconds(60 + i)));
        }
        insert(more);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(reporter()::runOnce);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(reporter()::runOnce);
        one.get();
        two.get();

        assertThat(stripe.meterTotal(CUSTOMER)).isEqualTo(545);
        assertThat(reportedTotal()).isEqualTo(545);
        assertThat(stripe.meterEvents()).extracting(event -> event.path("payload").path("value").asText())
                .containsExactly("505", "40");
        assertThat(stripe.meterEvents()).extracting(event -> event.path("identifier").asText())
                .containsExactly(MeterEventIdentifiers.of(tenant, PERIOD_START, 505),
                        MeterEventIdentifiers.of(tenant, PERIOD_START, 545));
        assertThat(stripe.meterEvents()).allSatisfy(event -> {
            assertThat(event.path("event_name").asText()).isEqualTo("emails_sent");
            assertThat(Instant.ofEpochSecond(event.path("timestamp").asLong())).isBetween(PERIOD_START, PERIOD_END);
        });
        assertThat(meterEventRequests()).as("each attempt names its report as identifier, idempotency key, time")
                .allSatisfy(request -> {
                    assertThat(request.idempotencyKey()).contains(request.params().get("identifier"));
                    assertThat(request.params()).containsKey("timestamp");
                });
    }

    @Test
    @Order(5)
    void reportsAnEndedPeriodOnceMoreWithItsLateEventsThenClosesIt() throws Exception {
        insert(List.of(send(firstWorkspace, "last-minute", NOW.minusSeconds(5))));
        Instant nextEnd = PERIOD_END.plus(Duration.ofDays(30));
        api.jdbi().useHandle(handle -> handle.execute("""
                UPDATE billing_subscriptions SET period_start = ?, period_end = ? WHERE tenant_id = ?""",
                Timestamp.from(NOW.minusSeconds(1)), Timestamp.from(nextEnd), tenant));
        api.jdbi().useHandle(handle -> handle.execute(
                "UPDATE usage_reports SET period_end = ? WHERE tenant_id = ? AND period_start = ?",
                Timestamp.from(NOW), tenant, Timestamp.from(PERIOD_START)));

        reporter(Duration.ZERO).runOnce();

        assertThat(stripe.meterTotal(CUSTOMER)).isEqualTo(546);
        boolean closed = api.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT closed_at IS NOT NULL FROM usage_reports WHERE tenant_id = :t AND period_start = :s")
                .bind("t", tenant).bind("s", Timestamp.from(PERIOD_START)).mapTo(Boolean.class).one());
        assertThat(closed).isTrue();
    }

    @Test
    @Order(6)
    void sendsAReportWhoseAnswerWasLostAgainUnchangedInLaterRounds() throws Exception {
        String lostTenant = api.signUp("Lost Answer Co", "owner@lost-answer.test").get("organisation_id").asText();
        subscribe(api.jdbi(), lostTenant, LOST_ANSWER_CUSTOMER, 400);
        List<AnalyticsEvents.Row> sends = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sends.add(new AnalyticsEvents.Row(lostTenant, "ws-lost", "lost-" + i, "send",
                    PERIOD_START.plus(Duration.ofHours(i))));
        }
        insert(sends);
        SettableClock clock = new SettableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Instant firstRound = clock.instant();
        UsageReporter reporter = reporter(Duration.ofHours(1), clock);

        // Stripe records the event but its answer comes after the client gave up, and the round's other two attempts
        // meet an outage: the round ends unconfirmed although Stripe holds the event and its idempotency key.
        stripe.delayNext("POST", METER_EVENTS, 1, Duration.ofMillis(2_500));
        stripe.failNext("POST", METER_EVENTS, 2, 503);
        reporter.runOnce();
        assertThat(meterEventRequests(LOST_ANSWER_CUSTOMER)).hasSize(3);
        assertThat(stripe.meterTotal(LOST_ANSWER_CUSTOMER)).isEqualTo(30);
        assertThat(reportedTotal(lostTenant)).isZero();

        clock.advance(Duration.ofMinutes(5));
        reporter.runOnce();
        clock.advance(Duration.ofMinutes(5));
        reporter.runOnce();

        assertThat(reportedTotal(lostTenant)).as("the replayed answer confirms the report").isEqualTo(30);
        List<FakeStripe.ReceivedRequest> requests = meterEventRequests(LOST_ANSWER_CUSTOMER);
        assertThat(requests).as("three attempts, then one resend that is confirmed, then nothing new").hasSize(4);
        assertThat(requests).extracting(FakeStripe.ReceivedRequest::params).as("every resend is the same request")
                .containsOnly(requests.get(0).params());
        assertThat(requests).extracting(FakeStripe.ReceivedRequest::idempotencyKey)
                .containsOnly(Optional.of(MeterEventIdentifiers.of(lostTenant, PERIOD_START, 30)));
        assertThat(stripe.meterEvents())
                .filteredOn(event -> event.path("payload").path("stripe_customer_id").asText()
                        .equals(LOST_ANSWER_CUSTOMER))
                .singleElement().satisfies(event -> {
                    assertThat(event.path("timestamp").asLong()).isEqualTo(firstRound.getEpochSecond());
                    assertThat(event.path("payload").path("value").asText()).isEqualTo("30");
                });
    }

    @Test
    @Order(7)
    void fixesTheRequestOfAReportLeftPendingBeforeItWasStoredAtItsNextSend() throws Exception {
        String legacyTenant = api.signUp("Legacy Pending Co", "owner@legacy-pending.test").get("organisation_id")
                .asText();
        subscribe(api.jdbi(), legacyTenant, LEGACY_CUSTOMER, 400);
        List<AnalyticsEvents.Row> sends = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sends.add(new AnalyticsEvents.Row(legacyTenant, "ws-legacy", "legacy-" + i, "send",
                    PERIOD_START.plus(Duration.ofHours(i))));
        }
        insert(sends);
        String identifier = MeterEventIdentifiers.of(legacyTenant, PERIOD_START, 12);
        // As a version before V91 left it: decided, never confirmed, without the request's event name and timestamp.
        api.jdbi().useHandle(handle -> handle.execute("""
                INSERT INTO usage_reports (tenant_id, period_start, period_end, stripe_customer_id, pending_total,
                    pending_value, pending_identifier, updated_at)
                VALUES (?, ?, ?, ?, 12, 12, ?, now())""", legacyTenant, Timestamp.from(PERIOD_START),
                Timestamp.from(PERIOD_END), LEGACY_CUSTOMER, identifier));
        SettableClock clock = new SettableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Instant firstSend = clock.instant();
        UsageReporter reporter = reporter(Duration.ofHours(1), clock);

        stripe.failNext("POST", METER_EVENTS, 3, 503);
        reporter.runOnce();
        clock.advance(Duration.ofMinutes(5));
        reporter.runOnce();

        assertThat(reportedTotal(legacyTenant)).isEqualTo(12);
        List<FakeStripe.ReceivedRequest> requests = meterEventRequests(LEGACY_CUSTOMER);
        assertThat(requests).hasSize(4);
        assertThat(requests).extracting(FakeStripe.ReceivedRequest::params).containsOnly(requests.get(0).params());
        assertThat(requests.get(0).params()).containsEntry("identifier", identifier)
                .containsEntry("event_name", "emails_sent")
                .containsEntry("timestamp", Long.toString(firstSend.getEpochSecond()));
        assertThat(stripe.meterTotal(LEGACY_CUSTOMER)).isEqualTo(12);
    }

    private static UsageReporter reporter() {
        return reporter(Duration.ofHours(1));
    }

    private static UsageReporter reporter(Duration finalReportDelay) {
        return reporter(finalReportDelay, Clock.systemUTC());
    }

    private static UsageReporter reporter(Duration finalReportDelay, Clock clock) {
        StripeClient client = StripeClient.builder().setApiKey("sk_test_usage").setApiBase(stripe.apiBase())
                .setConnectTimeout(1_000).setReadTimeout(1_000).setMaxNetworkRetries(0).build();
        StripeMeterEvents meterEvents = new StripeMeterEvents(client,
                new RetrySchedule(Duration.ofMillis(10), 2.0, Duration.ofMillis(40), 3, 0),
                wait -> Thread.sleep(wait.toMillis()));
        return new UsageReporter(api.jdbi(), new PostgresBillingAccounts(),
                new ClickHouseUsageMeter(clickHouse, "penguinmails"), meterEvents, "emails_sent", finalReportDelay,
                clock);
    }

    private static List<FakeStripe.ReceivedRequest> meterEventRequests() {
        return stripe.requests().stream().filter(request -> request.path().equals(METER_EVENTS)).toList();
    }

    private static List<FakeStripe.ReceivedRequest> meterEventRequests(String customer) {
        return meterEventRequests().stream()
                .filter(request -> customer.equals(request.params().get("payload[stripe_customer_id]"))).toList();
    }

    private static long reportedTotal() {
        return reportedTotal(tenant);
    }

    private static long reportedTotal(String tenantId) {
        return api.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT reported_total FROM usage_reports WHERE tenant_id = :t AND period_start = :s")
                .bind("t", tenantId).bind("s", Timestamp.from(PERIOD_START)).mapTo(Long.class).one());
    }

    /** Adds a subscription row as the billing feature stores it (plan growth, 1.20 usd per further thousand). */
    static void subscribe(Jdbi jdbi, String tenantId, String customer, long includedEmails) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO billing_subscriptions (stripe_subscription_id, tenant_id, stripe_customer_id,
                            plan_code, monthly_price, included_emails, overage_price_per_thousand, currency,
                            base_item_id, status, period_start, period_end, created_at, updated_at)
                        VALUES (:sub, :tenant, :customer, 'growth', 99, :included, 1.20, 'usd', 'si_base', 'active',
                            :start, :end, now(), now())""")
                .bind("sub", "sub_" + tenantId).bind("tenant", tenantId).bind("customer", customer)
                .bind("included", includedEmails).bind("start", Timestamp.from(PERIOD_START))
                .bind("end", Timestamp.from(PERIOD_END)).execute());
    }

    private static AnalyticsEvents.Row send(String workspace, String eventId, Instant at) {
        return new AnalyticsEvents.Row(tenant, workspace, eventId, "send", at);
    }

    private static void insert(List<AnalyticsEvents.Row> rows) throws Exception {
        events.insert(rows);
        INSERTED.addAll(rows);
    }

    /** The distinct send events per workspace in the window, counted in Java from what was inserted. */
    private static Map<String, Long> independentCount(String tenantId, Instant from, Instant to) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (AnalyticsEvents.Row row : INSERTED) {
            if (row.tenantId().equals(tenantId) && row.type().equals("send") && !row.occurredAt().isBefore(from)
                    && row.occurredAt().isBefore(to)) {
                ids.computeIfAbsent(row.workspaceId(), key -> new HashSet<>()).add(row.eventId());
            }
        }
        Map<String, Long> counts = new HashMap<>();
        ids.forEach((workspace, set) -> counts.put(workspace, (long) set.size()));
        return counts;
    }

    private static long rawSendRows(String tenantId) {
        return clickHouse.queryAll("SELECT count() AS n FROM penguinmails.events WHERE tenant_id = {t:String}"
                + " AND event_type = 'send'", Map.of("t", tenantId)).get(0).getLong("n");
    }
}
