package com.penguinmails.streamjobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.streamjobs.health.Counter;
import com.penguinmails.streamjobs.health.HealthStatus;
import com.penguinmails.streamjobs.health.HealthThresholds;
import com.penguinmails.streamjobs.health.SendingHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The keyed broadcast function in a test harness: rules arrive on the broadcast side, scoped events on the keyed. */
class ScopeMonitorFunctionTest {

    private static final String TENANT = "t-acme";
    private static final String DOMAIN = "send.acme.io";
    private static final long T0 = Instant.parse("2026-11-25T10:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final int SENT = Counter.SENT.bit();
    private static final int BOUNCED = Counter.BOUNCED.bit() | Counter.HARD_BOUNCED.bit();
    private static final Duration FLUSH = Duration.ofMinutes(10);
    private static final Duration QUIET_AFTER = Duration.ofMinutes(1);

    private KeyedBroadcastOperatorTestHarness<String, ScopedEvent, RuleUpdate, Alert> harness;

    @BeforeEach
    void startHarness() throws Exception {
        MonitorSettings settings = new MonitorSettings(Duration.ZERO, Duration.ofMinutes(1), FLUSH,
                QUIET_AFTER, Duration.ofHours(1), new HealthThresholds());
        harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(new ScopeMonitorFunction(settings),
                new ScopeKey(), Types.STRING, ScopeMonitorFunction.RULES);
        harness.setProcessingTime(0);
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private static AlertRule bounceRule(String id, double threshold) {
        return new AlertRule(id, TENANT, "Bounces", Metric.BOUNCE_RATE, ScopeKind.SENDING_DOMAIN, null,
                Comparison.ABOVE, threshold, Duration.ofMinutes(10), 100, Duration.ofMinutes(30), true);
    }

    private void rule(RuleUpdate update) throws Exception {
        harness.processBroadcastElement(update, 0);
    }

    /** {@code count} events of one domain at one minute after T0 each, bounced as asked. */
    private void traffic(int fromMinute, int minutes, int sendsPerMinute, int bouncesPerMinute) throws Exception {
        for (int m = fromMinute; m < fromMinute + minutes; m++) {
            long at = T0 + m * MINUTE;
            for (int i = 0; i < sendsPerMinute; i++) {
                harness.processElement(new ScopedEvent(TENANT, ScopeKind.SENDING_DOMAIN, DOMAIN, at, SENT, "google"),
                        at);
            }
            for (int i = 0; i < bouncesPerMinute; i++) {
                harness.processElement(
                        new ScopedEvent(TENANT, ScopeKind.SENDING_DOMAIN, DOMAIN, at, BOUNCED, "google"), at);
            }
        }
    }

    private List<Alert> alerts() {
        return harness.extractOutputValues().stream().filter(a -> !a.ruleId().equals("auto_pause")).toList();
    }

    private List<Alert> autoPause() {
        return harness.extractOutputValues().stream().filter(a -> a.ruleId().equals("auto_pause")).toList();
    }

    @Test
    void firesOnceWhenTheRateCrossesTheThresholdAndResolvesWhenItFalls() throws Exception {
        rule(RuleUpdate.upsert(bounceRule("r-bounce", 0.05)));
        traffic(0, 5, 40, 0);
        assertThat(alerts()).isEmpty();

        traffic(5, 3, 40, 10);
        assertThat(alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.state()).isEqualTo(AlertState.FIRING);
            assertThat(alert.scopeValue()).isEqualTo(DOMAIN);
            assertThat(alert.firedAt()).isEqualTo(Instant.ofEpochMilli(T0 + 6 * MINUTE));
            assertThat(alert.alertId()).isEqualTo("r-bounce/sending_domain:" + DOMAIN + "/2026-11-25T10:06:00Z");
            assertThat(alert.value()).isGreaterThan(0.05);
            assertThat(alert.volume()).isGreaterThanOrEqualTo(100);
        });

        traffic(8, 12, 40, 0);
        List<Alert> alerts = alerts();
        assertThat(alerts).extracting(Alert::state).containsExactly(AlertState.FIRING, AlertState.RESOLVED);
        Alert resolved = alerts.get(1);
        assertThat(resolved.alertId()).isEqualTo(alerts.get(0).alertId());
        assertThat(resolved.value()).isLessThanOrEqualTo(0.05);
        assertThat(resolved.resolvedAt()).isAfter(resolved.firedAt());
    }

    @Test
    void belowTheMinimumVolumeNothingFires() throws Exception {
        rule(RuleUpdate.upsert(bounceRule("r-bounce", 0.05)));
        traffic(0, 1, 50, 40);

        assertThat(alerts()).isEmpty();
    }

    @Test
    void theCooldownHoldsBackASecondAlertAfterAResolve() throws Exception {
        rule(RuleUpdate.upsert(bounceRule("r-bounce", 0.05)));
        traffic(0, 2, 100, 10);
        traffic(2, 10, 100, 0);
        traffic(12, 5, 100, 20);
        assertThat(alerts()).extracting(Alert::state).containsExactly(AlertState.FIRING, AlertState.RESOLVED);

        traffic(17, 30, 100, 20);
        assertThat(alerts()).extracting(Alert::state)
                .containsExactly(AlertState.FIRING, AlertState.RESOLVED, AlertState.FIRING);
        Alert resolved = alerts().get(1);
        assertThat(alerts().get(2).firedAt())
                .isAfterOrEqualTo(resolved.resolvedAt().plus(Duration.ofMinutes(30)));
    }

    @Test
    void aRuleAddedChangedAndDeletedOnTheRunningFunctionTakesEffectAtOnce() throws Exception {
        traffic(0, 5, 40, 4);
        assertThat(alerts()).isEmpty();

        rule(RuleUpdate.upsert(bounceRule("r-bounce", 0.05)));
        assertThat(alerts()).extracting(Alert::state).containsExactly(AlertState.FIRING);

        rule(RuleUpdate.upsert(bounceRule("r-bounce", 0.5)));
        assertThat(alerts()).extracting(Alert::state).containsExactly(AlertState.FIRING, AlertState.RESOLVED);

        rule(RuleUpdate.upsert(bounceRule("r-other", 0.01)));
        rule(RuleUpdate.delete("r-other"));
        List<Alert> alerts = alerts();
        assertThat(alerts).extracting(Alert::ruleId).containsExactly("r-bounce", "r-bounce", "r-other", "r-other");
        assertThat(alerts.get(3).state()).isEqualTo(AlertState.RESOLVED);
        assertThat(alerts.get(3).detail()).isEqualTo("rule deleted");
    }

    @Test
    void aRuleForAnotherTenantOrDomainIgnoresTheScope() throws Exception {
        rule(RuleUpdate.upsert(new AlertRule("r-x", "t-other", "x", Metric.BOUNCE_RATE, ScopeKind.SENDING_DOMAIN,
                null, Comparison.ABOVE, 0.0, Duration.ofHours(1), 0, Duration.ZERO, true)));
        rule(RuleUpdate.upsert(new AlertRule("r-y", TENANT, "y", Metric.BOUNCE_RATE, ScopeKind.SENDING_DOMAIN,
                "other.io", Comparison.ABOVE, 0.0, Duration.ofHours(1), 0, Duration.ZERO, true)));
        traffic(0, 3, 40, 10);

        assertThat(alerts()).isEmpty();
    }

    @Test
    void healthSnapshotsComeOncePerIntervalPerScopeAndProviderAndRecommendAPause() throws Exception {
        traffic(0, 3, 100, 5);

        ConcurrentLinkedQueue<StreamRecord<SendingHealth>> output = harness.getSideOutput(ScopeMonitorFunction.HEALTH);
        List<SendingHealth> snapshots = output.stream().map(StreamRecord::getValue).toList();
        assertThat(snapshots).extracting(SendingHealth::version).containsExactly(1L, 1L, 2L, 2L, 3L, 3L);
        assertThat(snapshots).extracting(SendingHealth::mailboxProvider).containsOnly("", "google");
        SendingHealth last = snapshots.get(4);
        assertThat(last.asOf()).isEqualTo(Instant.ofEpochMilli(T0 + 2 * MINUTE));
        assertThat(last.day().get(Counter.SENT)).as("the first event of minute 2 triggered it").isEqualTo(201);

        assertThat(autoPause()).singleElement().satisfies(alert -> {
            assertThat(alert.state()).isEqualTo(AlertState.FIRING);
            assertThat(alert.detail()).contains("bounce_rate_24h_critical");
        });

        harness.setProcessingTime(FLUSH.toMillis());
        SendingHealth flushed = output.stream().map(StreamRecord::getValue).toList().get(6);
        assertThat(flushed.day().get(Counter.SENT)).isEqualTo(300);
        assertThat(flushed.day().get(Counter.BOUNCED)).isEqualTo(15);
        assertThat(flushed.assessment().status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(flushed.assessment().pauseRecommended()).isTrue();
    }

    @Test
    void aQuietScopeFollowsTheWallClockSoItsAlertsResolveAndItsStateGoes() throws Exception {
        rule(RuleUpdate.upsert(bounceRule("r-bounce", 0.05)));
        traffic(0, 3, 100, 20);
        assertThat(alerts()).extracting(Alert::state).containsExactly(AlertState.FIRING);

        harness.setProcessingTime(20 * MINUTE);
        assertThat(alerts()).extracting(Alert::state).containsExactly(AlertState.FIRING, AlertState.RESOLVED);
        assertThat(autoPause()).extracting(Alert::state).containsExactly(AlertState.FIRING);

        harness.setProcessingTime(25 * 60 * MINUTE);
        assertThat(autoPause()).extracting(Alert::state).containsExactly(AlertState.FIRING, AlertState.RESOLVED);
        assertThat(keyedScopes()).as("seven days of counts are still kept").isEqualTo(1);

        harness.setProcessingTime(9 * 24 * 60 * MINUTE);
        assertThat(keyedScopes()).as("a scope with nothing counted and nothing firing is dropped").isZero();
        assertThat(harness.numProcessingTimeTimers()).isZero();
    }

    private long keyedScopes() throws Exception {
        return harness.getOperator().getKeyedStateBackend()
                .getKeys(ScopeMonitorFunction.STATE.getName(), VoidNamespace.INSTANCE).count();
    }
}
