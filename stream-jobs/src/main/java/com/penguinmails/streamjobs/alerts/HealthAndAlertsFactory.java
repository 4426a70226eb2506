package com.penguinmails.streamjobs.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.events.Topics;
import com.penguinmails.streamjobs.clickhouse.ClickHouseSink;
import com.penguinmails.streamjobs.clickhouse.ClickHouseSinkFactory;
import com.penguinmails.streamjobs.health.HealthThresholds;
import com.penguinmails.streamjobs.health.SendingHealth;
import com.penguinmails.streamjobs.health.SendingHealthRowEncoder;
import com.penguinmails.streamjobs.kafka.KafkaFactory;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;

/**
 * Configuration of the health and alerts stage ({@link HealthAndAlertsStage}): its topics, how often it judges each
 * scope, and the health limits. Kafka connection and ClickHouse sink settings come from the job's {@code kafka} and
 * {@code clickHouseSink} sections.
 *
 * <pre>
 * healthAndAlerts:
 *   rulesTopic: control.alert-rules     # compacted; read from the start on a fresh job
 *   rulesGroupId: penguinmails-alert-rules
 *   alertsTopic: alerts
 *   transactionalIdPrefix: penguinmails-alerts   # unique per job: the exactly-once Kafka sink's transactions
 *   transactionTimeout: 10 min          # at most the broker's transaction.max.timeout.ms
 *   evaluationInterval: 10 s            # event time
 *   healthInterval: 1 min               # event time
 *   flushInterval: 10 s                 # processing time
 *   quietAfter: 5 min                   # processing time; 0 s never moves a quiet scope's clock
 *   autoPauseCooldown: 1 h
 *   health: {...}                       # see HealthThresholds
 * </pre>
 */
public class HealthAndAlertsFactory {

    @NotBlank
    private String rulesTopic = Topics.CONTROL_ALERT_RULES;
    @NotBlank
    private String rulesGroupId = "penguinmails-alert-rules";
    @NotBlank
    private String alertsTopic = Topics.ALERTS;
    @NotBlank
    private String transactionalIdPrefix = "penguinmails-alerts";
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    private Duration transactionTimeout = Duration.minutes(10);
    @NotNull
    private Duration evaluationInterval = Duration.seconds(10);
    @NotNull
    private Duration healthInterval = Duration.minutes(1);
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration flushInterval = Duration.seconds(10);
    @NotNull
    private Duration quietAfter = Duration.minutes(5);
    @NotNull
    private Duration autoPauseCooldown = Duration.hours(1);
    @Valid
    @NotNull
    private HealthThresholds health = new HealthThresholds();

    /** The evaluation settings of the stage's keyed function. */
    public MonitorSettings monitorSettings() {
        return new MonitorSettings(evaluationInterval.toJavaDuration(), healthInterval.toJavaDuration(),
                flushInterval.toJavaDuration(), quietAfter.toJavaDuration(), autoPauseCooldown.toJavaDuration(),
                health);
    }

    /**
     * The source of rule updates: every record of the rules topic from the earliest offset (a restored job continues
     * from its checkpoint), committed records only.
     */
    public KafkaSource<RuleUpdate> buildRulesSource(KafkaFactory kafka) {
        return KafkaSource.<RuleUpdate>builder()
                .setBootstrapServers(kafka.getBootstrapServers())
                .setGroupId(rulesGroupId)
                .setClientIdPrefix(rulesGroupId)
                .setTopics(rulesTopic)
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(new RuleUpdateDeserializer())
                .setProperty("isolation.level", "read_committed")
                .setProperties(clientProperties(kafka))
                .build();
    }

    /**
     * The exactly-once sink of alerts to the alerts topic: records are committed in Kafka transactions with each
     * checkpoint, so {@code read_committed} consumers see every alert once.
     */
    public KafkaSink<Alert> buildAlertsKafkaSink(KafkaFactory kafka) {
        return KafkaSink.<Alert>builder()
                .setBootstrapServers(kafka.getBootstrapServers())
                .setKafkaProducerConfig(clientProperties(kafka))
                .setProperty("transaction.timeout.ms", Long.toString(transactionTimeout.toMilliseconds()))
                .setRecordSerializer(new AlertSerializer(alertsTopic))
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix(transactionalIdPrefix)
                .build();
    }

    /** The sink of alerts into the ClickHouse table {@code alerts}; sink id {@code <clickHouseSink.id>-alerts}. */
    public ClickHouseSink<Alert> buildAlertsClickHouseSink(ClickHouseSinkFactory sink, ClickHouseFactory clickHouse) {
        return withId(sink, sink.getId() + "-alerts").build(clickHouse, AlertRowEncoder.TABLE, new AlertRowEncoder());
    }

    /** The sink of health snapshots into {@code sending_health}; sink id {@code <clickHouseSink.id>-health}. */
    public ClickHouseSink<SendingHealth> buildHealthClickHouseSink(ClickHouseSinkFactory sink,
            ClickHouseFactory clickHouse) {
        return withId(sink, sink.getId() + "-health")
                .build(clickHouse, SendingHealthRowEncoder.TABLE, new SendingHealthRowEncoder());
    }

    private static ClickHouseSinkFactory withId(ClickHouseSinkFactory settings, String id) {
        ClickHouseSinkFactory copy = new ClickHouseSinkFactory();
        copy.setId(id);
        copy.setMaxAttempts(settings.getMaxAttempts());
        copy.setInitialBackoff(settings.getInitialBackoff());
        copy.setMaxBackoff(settings.getMaxBackoff());
        copy.setMaxBatchSize(settings.getMaxBatchSize());
        copy.setInsertTimeout(settings.getInsertTimeout());
        return copy;
    }

    private static Properties clientProperties(KafkaFactory kafka) {
        Properties properties = new Properties();
        properties.putAll(kafka.getProperties());
        return properties;
    }

    @JsonProperty
    public String getRulesTopic() {
        return rulesTopic;
    }

    @JsonProperty
    public void setRulesTopic(String rulesTopic) {
        this.rulesTopic = rulesTopic;
    }

    @JsonProperty
    public String getRulesGroupId() {
        return rulesGroupId;
    }

    @JsonProperty
    public void setRulesGroupId(String rulesGroupId) {
        this.rulesGroupId = rulesGroupId;
    }

    @JsonProperty
    public String getAlertsTopic() {
        return alertsTopic;
    }

    @JsonProperty
    public void setAlertsTopic(String alertsTopic) {
        this.alertsTopic = alertsTopic;
    }

    @JsonProperty
    public String getTransactionalIdPrefix() {
        return transactionalIdPrefix;
    }

    @JsonProperty
    public void setTransactionalIdPrefix(String transactionalIdPrefix) {
        this.transactionalIdPrefix = transactionalIdPrefix;
    }

    @JsonProperty
    public Duration getTransactionTimeout() {
        return transactionTimeout;
    }

    @JsonProperty
    public void setTransactionTimeout(Duration transactionTimeout) {
        this.transactionTimeout = transactionTimeout;
    }

    @JsonProperty
    public Duration getEvaluationInterval() {
        return evaluationInterval;
    }

    @JsonProperty
    public void setEvaluationInterval(Duration evaluationInterval) {
        this.evaluationInterval = evaluationInterval;
    }

    @JsonProperty
    public Duration getHealthInterval() {
        return healthInterval;
    }

    @JsonProperty
    public void setHealthInterval(Duration healthInterval) {
        this.healthInterval = healthInterval;
    }

    @JsonProperty
    public Duration getFlushInterval() {
        return flushInterval;
    }

    @JsonProperty
    public void setFlushInterval(Duration flushInterval) {
        this.flushInterval = flushInterval;
    }

    @JsonProperty
    public Duration getQuietAfter() {
        return quietAfter;
    }

    @JsonProperty
    public void setQuietAfter(Duration quietAfter) {
        this.quietAfter = quietAfter;
    }

    @JsonProperty
    public Duration getAutoPauseCooldown() {
        return autoPauseCooldown;
    }

    @JsonProperty
    public void setAutoPauseCooldown(Duration autoPauseCooldown) {
        this.autoPauseCooldown = autoPauseCooldown;
    }

    @JsonProperty
    public HealthThresholds getHealth() {
        return health;
    }

    @JsonProperty
    public void setHealth(HealthThresholds health) {
        this.health = health;
    }
}
