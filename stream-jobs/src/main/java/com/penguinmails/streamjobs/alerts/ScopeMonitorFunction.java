package com.penguinmails.streamjobs.alerts;

import com.penguinmails.streamjobs.health.Counter;
import com.penguinmails.streamjobs.health.HealthAssessment;
import com.penguinmails.streamjobs.health.HealthScore;
import com.penguinmails.streamjobs.health.RollingCounters;
import com.penguinmails.streamjobs.health.SendingHealth;
import com.penguinmails.streamjobs.health.WindowCounts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keeps rolling counters per scope, evaluates the alert rules (broadcast state from {@code control.alert-rules})
 * against them, and makes health snapshots and pause recommendations for sending domains, mailboxes and IPs.
 *
 * <p>Time: each scope has its own event-time clock, the newest event time it has seen; every window ends there, so
 * replaying the same events gives the same alerts and snapshots whatever the wall clock does. Evaluation happens on
 * events (at most once per {@code evaluationInterval} of scope time), for every scope a rule concerns as soon as the
 * rule is added, changed or deleted, and on a processing-time flush {@code flushInterval} after changes. After
 * {@code quietAfter} without events, the flush moves the scope's clock on with the wall clock so alerts resolve
 * when traffic stops; once nothing is counted and nothing fires, the scope's state is dropped.
 *
 * <p>Main output: fired and resolved alerts. Side output {@link #HEALTH}: health snapshots.
 */
public final class ScopeMonitorFunction extends KeyedBroadcastProcessFunction<String, ScopedEvent, RuleUpdate, Alert> {

    private static final long serialVersionUID = 1L;

    /** The rules by id: broadcast state. */
    public static final MapStateDescriptor<String, AlertRule> RULES =
            new MapStateDescriptor<>("alert-rules", Types.STRING, TypeInformation.of(AlertRule.class));

    /** Health snapshots of sending domains, mailboxes and IPs. */
    public static final OutputTag<SendingHealth> HEALTH =
            new OutputTag<>("sending-health", TypeInformation.of(SendingHealth.class));

    static final ValueStateDescriptor<ScopeState> STATE =
            new ValueStateDescriptor<>("scope", TypeInformation.of(ScopeState.class));

    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration WEEK = Duration.ofDays(7);

    private final MonitorSettings settings;
    private transient HealthScore healthScore;
    private transient ValueState<ScopeState> state;

    /** @param settings evaluation intervals and health limits */
    public ScopeMonitorFunction(MonitorSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        healthScore = new HealthScore(settings.thresholds());
        state = getRuntimeContext().getState(STATE);
    }

    @Override
    public void processElement(ScopedEvent event, ReadOnlyContext ctx, Collector<Alert> out) throws Exception {
        ScopeState scope = state.value();
        if (scope == null) {
            scope = new ScopeState(event.tenantId, event.scopeKind, event.scopeValue);
        }
        if (!scope.counters.add(event.occurredAtMillis, event.counters)) {
            return;
        }
        if (event.mailboxProvider != null && scope.scopeKind.hasHealth()) {
            scope.countersByProvider.computeIfAbsent(event.mailboxProvider, provider -> new RollingCounters())
                    .add(event.occurredAtMillis, event.counters);
        }
        scope.alertsDirty = true;
        scope.healthDirty = scope.scopeKind.hasHealth();
        long clock = scope.clockMillis();
        if (scope.lastEvaluatedMillis == Long.MIN_VALUE
                || clock - scope.lastEvaluatedMillis >= settings.evaluationInterval().toMillis()) {
            evaluate(scope, rules(ctx.getBroadcastState(RULES)), out::collect);
        }
        if (scope.healthDirty && (scope.lastHealthMillis == Long.MIN_VALUE
                || clock - scope.lastHealthMillis >= settings.healthInterval().toMillis())) {
            snapshot(scope, health -> ctx.output(HEALTH, health));
        }
        long now = ctx.timerService().currentProcessingTime();
        scope.lastEventClockMillis = clock;
        scope.lastEventProcessingMillis = now;
        long flushAt = now + settings.flushInterval().toMillis();
        if (scope.timerAtMillis == 0 || scope.timerAtMillis > flushAt) {
            if (scope.timerAtMillis != 0) {
                ctx.timerService().deleteProcessingTimeTimer(scope.timerAtMillis);
            }
            scope.timerAtMillis = flushAt;
            ctx.timerService().registerProcessingTimeTimer(flushAt);
        }
        state.update(scope);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        ScopeState scope = state.value();
        if (scope == null) {
            return;
        }
        scope.timerAtMillis = 0;
        boolean quiet = !settings.quietAfter().isZero()
                && timestamp - scope.lastEventProcessingMillis >= settings.quietAfter().toMillis();
        if (quiet) {
            long clock = scope.lastEventClockMillis + (timestamp - scope.lastEventProcessingMillis);
            scope.counters.advanceTo(clock);
            scope.countersByProvider.values().forEach(counters -> counters.advanceTo(clock));
            scope.alertsDirty = true;
            scope.healthDirty = scope.scopeKind.hasHealth();
        }
        if (scope.alertsDirty) {
            evaluate(scope, rules(ctx.getBroadcastState(RULES)), out::collect);
        }
        if (scope.healthDirty) {
            snapshot(scope, health -> ctx.output(HEALTH, health));
        }
        if (quiet && scope.counters.isEmpty() && !scope.anyFiring()) {
            state.clear();
            return;
        }
        if (!settings.quietAfter().isZero()) {
            // While an alert fires, keep flushing so it resolves in time; otherwise wake up once the quiet scope's
            // counts have all expired, to drop its state.
            long expiry = scope.lastEventProcessingMillis + settings.quietAfter().toMillis()
                    + RollingCounters.COARSE_RETENTION.toMillis() + RollingCounters.HOUR.toMillis();
            long flush = timestamp + settings.flushInterval().toMillis();
            scope.timerAtMillis = scope.anyFiring() ? flush : Math.max(flush, expiry);
            ctx.timerService().registerProcessingTimeTimer(scope.timerAtMillis);
        }
        state.update(scope);
    }

    @Override
    public void processBroadcastElement(RuleUpdate update, Context ctx, Collector<Alert> out) throws Exception {
        BroadcastState<String, AlertRule> rules = ctx.getBroadcastState(RULES);
        if (update.isDelete()) {
            rules.remove(update.ruleId());
        } else {
            rules.put(update.ruleId(), update.rule());
        }
        List<AlertRule> current = rules(rules);
        ctx.applyToKeyedState(STATE, (key, keyed) -> {
            ScopeState scope = keyed.value();
            if (scope != null && (scope.trackers.containsKey(update.ruleId()) || update.rule() != null
                    && update.rule().watches(scope.tenantId, scope.scopeKind, scope.scopeValue))) {
                evaluate(scope, current, out::collect);
                keyed.update(scope);
            }
        });
    }

    private void evaluate(ScopeState scope, List<AlertRule> rules, Consumer<Alert> out) {
        long clock = scope.clockMillis();
        Set<String> evaluated = new HashSet<>();
        for (AlertRule rule : rules) {
            if (!rule.watches(scope.tenantId, scope.scopeKind, scope.scopeValue)) {
                continue;
            }
            evaluated.add(rule.ruleId());
            AlertTracker tracker = scope.trackers.get(rule.ruleId());
            if (!rule.enabled()) {
                if (tracker != null) {
                    tracker.forceResolve(clock).ifPresent(
                            resolved -> out.accept(alert(scope, rule, tracker, resolved, clock, "rule disabled")));
                }
                continue;
            }
            AlertTracker active = tracker != null ? tracker : new AlertTracker();
            scope.trackers.put(rule.ruleId(), active);
            scope.trackedRules.put(rule.ruleId(), rule);
            Observation observation = rule.observe(scope.counters.window(rule.window(), clock));
            active.observe(observation, clock, rule.cooldown())
                    .ifPresent(transition -> out.accept(alert(scope, rule, active, transition, clock, "")));
        }
        resolveVanishedRules(scope, evaluated, clock, out);
        if (scope.scopeKind.hasHealth()) {
            evaluateAutoPause(scope, clock, out);
        }
        scope.lastEvaluatedMillis = clock;
        scope.alertsDirty = false;
    }

    /** Rules deleted (or moved to another scope) since they were last evaluated here: resolve what they fired. */
    private static void resolveVanishedRules(ScopeState scope, Set<String> evaluated, long clock,
            Consumer<Alert> out) {
        Iterator<Map.Entry<String, AlertTracker>> trackers = scope.trackers.entrySet().iterator();
        while (trackers.hasNext()) {
            Map.Entry<String, AlertTracker> entry = trackers.next();
            String ruleId = entry.getKey();
            if (evaluated.contains(ruleId) || AlertRuleParser.AUTO_PAUSE_RULE_ID.equals(ruleId)) {
                continue;
            }
            AlertRule rule = scope.trackedRules.get(ruleId);
            AlertTracker tracker = entry.getValue();
            tracker.forceResolve(clock).ifPresent(
                    resolved -> out.accept(alert(scope, rule, tracker, resolved, clock, "rule deleted")));
            trackers.remove();
            scope.trackedRules.remove(ruleId);
        }
    }

    private void evaluateAutoPause(ScopeState scope, long clock, Consumer<Alert> out) {
        WindowCounts day = scope.counters.window(DAY, clock);
        HealthAssessment assessment = healthScore.assess(day, scope.counters.window(WEEK, clock));
        AlertTracker tracker = scope.trackers.computeIfAbsent(AlertRuleParser.AUTO_PAUSE_RULE_ID,
                id -> new AlertTracker());
        double score = assessment.score() == null ? 100 : assessment.score();
        Observation observation = new Observation(score, day.get(Counter.SENT), assessment.pauseRecommended());
        Optional<AlertState> transition = tracker.observe(observation, clock, settings.autoPauseCooldown());
        transition.ifPresent(state -> {
            Instant firedAt = Instant.ofEpochMilli(tracker.firedAtMillis());
            String kind = scope.scopeKind.wireName();
            out.accept(new Alert(Alert.idOf(AlertRuleParser.AUTO_PAUSE_RULE_ID, kind, scope.scopeValue, firedAt),
                    AlertRuleParser.AUTO_PAUSE_RULE_ID, "Pause recommended", scope.tenantId, state,
                    AlertRuleParser.AUTO_PAUSE_RULE_ID, kind, scope.scopeValue, "", score, 0,
                    day.get(Counter.SENT), DAY, firedAt,
                    state == AlertState.RESOLVED ? Instant.ofEpochMilli(clock) : null,
                    String.join(",", assessment.reasons())));
        });
    }

    private void snapshot(ScopeState scope, Consumer<SendingHealth> out) {
        long clock = scope.clockMillis();
        long version = ++scope.healthVersion;
        Instant asOf = Instant.ofEpochMilli(clock);
        out.accept(health(scope, "", scope.counters, asOf, version));
        Iterator<Map.Entry<String, RollingCounters>> providers = scope.countersByProvider.entrySet().iterator();
        while (providers.hasNext()) {
            Map.Entry<String, RollingCounters> provider = providers.next();
            provider.getValue().advanceTo(clock);
            out.accept(health(scope, provider.getKey(), provider.getValue(), asOf, version));
            if (provider.getValue().isEmpty()) {
                providers.remove();
            }
        }
        scope.lastHealthMillis = clock;
        scope.healthDirty = false;
    }

    private SendingHealth health(ScopeState scope, String provider, RollingCounters counters, Instant asOf,
            long version) {
        WindowCounts day = counters.window(DAY, asOf.toEpochMilli());
        WindowCounts week = counters.window(WEEK, asOf.toEpochMilli());
        return new SendingHealth(scope.tenantId, scope.scopeKind.wireName(), scope.scopeValue, provider, asOf,
                version, day, week, healthScore.assess(day, week));
    }

    private static Alert alert(ScopeState scope, AlertRule rule, AlertTracker tracker, AlertState state, long clock,
            String detail) {
        Instant firedAt = Instant.ofEpochMilli(tracker.firedAtMillis());
        String kind = scope.scopeKind.wireName();
        return new Alert(Alert.idOf(rule.ruleId(), kind, scope.scopeValue, firedAt), rule.ruleId(), rule.name(),
                scope.tenantId, state, rule.metric().wireName(), kind, scope.scopeValue, rule.comparison().wireName(),
                tracker.lastValue(), rule.threshold(), tracker.lastVolume(), rule.window(), firedAt,
                state == AlertState.RESOLVED ? Instant.ofEpochMilli(clock) : null, detail);
    }

    private static List<AlertRule> rules(ReadOnlyBroadcastState<String, AlertRule> rules) throws Exception {
        List<AlertRule> list = new ArrayList<>();
        for (Map.Entry<String, AlertRule> entry : rules.immutableEntries()) {
            list.add(entry.getValue());
        }
        return list;
    }
}
