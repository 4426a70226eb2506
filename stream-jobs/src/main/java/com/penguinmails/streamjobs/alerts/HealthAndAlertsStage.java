package com.penguinmails.streamjobs.alerts;

import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import com.penguinmails.streamjobs.health.SendingHealth;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The health and alerts stage of the events job: from the enriched events, rolling counters per scope, alert rules
 * from {@code control.alert-rules} applied as broadcast state, fired/resolved alerts to Kafka {@code alerts} and
 * ClickHouse {@code alerts}, and health snapshots of sending domains, mailboxes and IPs to ClickHouse
 * {@code sending_health}.
 *
 * <pre>
 * enriched events -> fan out per scope -> keyBy (tenant, scope kind, scope value) -+-> monitor -> alerts (Kafka, ClickHouse)
 * Kafka control.alert-rules -> rule updates -> broadcast ----------------------------/        \-> sending_health (ClickHouse)
 * </pre>
 *
 * <p>Call {@link #attach} once while building the job; the operator uids below are part of the checkpoint format.
 */
public final class HealthAndAlertsStage {

    static final String RULES_SOURCE_UID = "alert-rules-source";
    static final String FAN_OUT_UID = "scope-fan-out";
    static final String MONITOR_UID = "scope-monitor";
    static final String ALERTS_KAFKA_SINK_UID = "alerts-kafka-sink";
    static final String ALERTS_CLICKHOUSE_SINK_UID = "alerts-clickhouse-sink";
    static final String HEALTH_CLICKHOUSE_SINK_UID = "sending-health-clickhouse-sink";

    private final Source<RuleUpdate, ?, ?> rulesSource;
    private final Sink<Alert> alertsKafkaSink;
    private final Sink<Alert> alertsClickHouseSink;
    private final Sink<SendingHealth> healthClickHouseSink;
    private final MonitorSettings settings;

    /**
     * @param rulesSource rule updates (adds, changes, deletes)
     * @param alertsKafkaSink where alerts go for delivery
     * @param alertsClickHouseSink where alerts go for history
     * @param healthClickHouseSink where health snapshots go
     * @param settings evaluation intervals and health limits
     */
    public HealthAndAlertsStage(Source<RuleUpdate, ?, ?> rulesSource, Sink<Alert> alertsKafkaSink,
            Sink<Alert> alertsClickHouseSink, Sink<SendingHealth> healthClickHouseSink, MonitorSettings settings) {
        this.rulesSource = Objects.requireNonNull(rulesSource, "rulesSource");
        this.alertsKafkaSink = Objects.requireNonNull(alertsKafkaSink, "alertsKafkaSink");
        this.alertsClickHouseSink = Objects.requireNonNull(alertsClickHouseSink, "alertsClickHouseSink");
        this.healthClickHouseSink = Objects.requireNonNull(healthClickHouseSink, "healthClickHouseSink");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The stage with the sources, sinks and settings of a configuration ({@code healthAndAlerts} section). */
    public static HealthAndAlertsStage fromConfig(StreamJobsConfiguration config) {
        HealthAndAlertsFactory stage = config.getHealthAndAlerts();
        return new HealthAndAlertsStage(
                stage.buildRulesSource(config.getKafka()),
                stage.buildAlertsKafkaSink(config.getKafka()),
                stage.buildAlertsClickHouseSink(config.getClickHouseSink(), config.getClickHouse()),
                stage.buildHealthClickHouseSink(config.getClickHouseSink(), config.getClickHouse()),
                stage.monitorSettings());
    }

    /**
     * Adds the stage to the job of {@code enrichedEvents}: every event exactly once, with its enrichment set.
     *
     * @return the alerts (before the sinks), e.g. for tests
     */
    public DataStream<Alert> attach(DataStream<Event> enrichedEvents) {
        BroadcastStream<RuleUpdate> rules = enrichedEvents.getExecutionEnvironment()
                .fromSource(rulesSource, WatermarkStrategy.noWatermarks(), "Kafka control.alert-rules")
                .uid(RULES_SOURCE_UID)
                .broadcast(ScopeMonitorFunction.RULES);

        SingleOutputStreamOperator<Alert> alerts = enrichedEvents
                .flatMap(new ScopeFanOutFunction(), TypeInformation.of(ScopedEvent.class))
                .uid(FAN_OUT_UID)
                .name("Fan out per scope")
                .keyBy(new ScopeKey(), Types.STRING)
                .connect(rules)
                .process(new ScopeMonitorFunction(settings), TypeInformation.of(Alert.class))
                .uid(MONITOR_UID)
                .name("Health and alerts");

        alerts.sinkTo(alertsKafkaSink).uid(ALERTS_KAFKA_SINK_UID).name("Kafka alerts");
        alerts.sinkTo(alertsClickHouseSink).uid(ALERTS_CLICKHOUSE_SINK_UID).name("ClickHouse alerts");
        alerts.getSideOutput(ScopeMonitorFunction.HEALTH)
                .sinkTo(healthClickHouseSink)
                .uid(HEALTH_CLICKHOUSE_SINK_UID)
                .name("ClickHouse sending_health");
        return alerts;
    }
}
