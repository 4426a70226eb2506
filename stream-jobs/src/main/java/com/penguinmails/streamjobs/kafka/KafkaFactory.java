package com.penguinmails.streamjobs.kafka;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.events.Topics;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;

/**
 * Configuration of a job's Kafka connections, building its source and its dead-letter sink.
 *
 * <pre>
 * kafka:
 *   bootstrapServers: ${KAFKA_BOOTSTRAP_SERVERS}
 *   groupId: penguinmails-events-to-clickhouse
 *   topic: events.raw
 *   deadLetterTopic: events.dlq
 *   startingOffsets: COMMITTED_OR_EARLIEST   # only without a checkpoint; see StartingOffsets
 *   properties:                              # extra client properties for consumer and producer (they win)
 *     security.protocol: SASL_SSL
 * </pre>
 *
 * <p>The consumer reads with {@code isolation.level=read_committed} and commits its offsets on checkpoints (for lag
 * monitoring only: a restored job takes its offsets from the checkpoint). Fetch sizes stay at Kafka's defaults: the
 * events job has no event-time windows, so a partition running ahead holds nothing back.
 */
public class KafkaFactory {

    @NotBlank
    private String bootstrapServers;

    @NotBlank
    private String groupId = "penguinmails-events-to-clickhouse";

    @NotBlank
    private String topic = Topics.EVENTS_RAW;

    @NotBlank
    private String deadLetterTopic = Topics.EVENTS_DLQ;

    @NotNull
    private StartingOffsets startingOffsets = StartingOffsets.COMMITTED_OR_EARLIEST;

    @NotNull
    private Map<String, String> properties = new LinkedHashMap<>();

    /** A source builder for {@link #getTopic()} with every setting applied, for callers to refine (e.g. bound it). */
    public KafkaSourceBuilder<KafkaRecord> sourceBuilder() {
        return KafkaSource.<KafkaRecord>builder()
                .setBootstrapServers(bootstrapServers)
                .setGroupId(groupId)
                .setTopics(topic)
                .setStartingOffsets(startingOffsets.initializer())
                .setDeserializer(new KafkaRecordDeserializer())
                .setClientIdPrefix(groupId)
                .setProperty("isolation.level", "read_committed")
                .setProperty("commit.offsets.on.checkpoint", "true")
                .setProperties(clientProperties());
    }

    /** The unbounded source of raw records from {@link #getTopic()}. */
    public KafkaSource<KafkaRecord> buildSource() {
        return sourceBuilder().build();
    }

    /**
     * A sink writing dead letters to {@link #getDeadLetterTopic()}, at least once (a replay after a failure may
     * repeat a dead letter; its source position identifies it).
     */
    public KafkaSink<DeadLetter> buildDeadLetterSink() {
        return KafkaSink.<DeadLetter>builder()
                .setBootstrapServers(bootstrapServers)
                .setProperty("enable.idempotence", "true")
                .setProperty("acks", "all")
                .setKafkaProducerConfig(clientProperties())
                .setRecordSerializer(new DeadLetterSerializer(deadLetterTopic))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    private Properties clientProperties() {
        Properties clientProperties = new Properties();
        clientProperties.putAll(properties);
        return clientProperties;
    }

    @JsonProperty
    public String getBootstrapServers() {
        return bootstrapServers;
    }

    @JsonProperty
    public void setBootstrapServers(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @JsonProperty
    public String getGroupId() {
        return groupId;
    }

    @JsonProperty
    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    @JsonProperty
    public String getTopic() {
        return topic;
    }

    @JsonProperty
    public void setTopic(String topic) {
        this.topic = topic;
    }

    @JsonProperty
    public String getDeadLetterTopic() {
        return deadLetterTopic;
    }

    @JsonProperty
    public void setDeadLetterTopic(String deadLetterTopic) {
        this.deadLetterTopic = deadLetterTopic;
    }

    @JsonProperty
    public StartingOffsets getStartingOffsets() {
        return startingOffsets;
    }

    @JsonProperty
    public void setStartingOffsets(StartingOffsets startingOffsets) {
        this.startingOffsets = startingOffsets;
    }

    /** Extra Kafka client properties, applied to the consumer and the dead-letter producer. */
    @JsonProperty
    public Map<String, String> getProperties() {
        return properties;
    }

    @JsonProperty
    public void setProperties(Map<String, String> properties) {
        this.properties = properties;
    }
}
