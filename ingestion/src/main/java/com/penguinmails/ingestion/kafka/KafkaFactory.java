package com.penguinmails.ingestion.kafka;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.events.Topics;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Configuration of the Kafka cluster that ingestion writes events to; builds the producer and the admin client.
 *
 * <p>The producer is idempotent with {@code acks=all} and lz4 compression, so an acknowledged record is on every in-sync
 * replica. {@code maxBlock} bounds how long a send waits for metadata or buffer space and {@code deliveryTimeout} how
 * long a record may wait for its acknowledgement: together they bound how long a request can wait before it is answered
 * 503. Entries of {@code properties} (security settings, tuning) are passed to both clients and override these defaults.
 */
public class KafkaFactory {

    @NotBlank
    private String bootstrapServers;

    @NotBlank
    private String topic = Topics.EVENTS_RAW;

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration maxBlock = Duration.seconds(5);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration requestTimeout = Duration.seconds(4);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration deliveryTimeout = Duration.seconds(10);

    @NotNull
    private Duration linger = Duration.milliseconds(5);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration healthCheckTimeout = Duration.seconds(2);

    @NotNull
    private Map<String, String> properties = new LinkedHashMap<>();

    @JsonProperty
    public String getBootstrapServers() {
        return bootstrapServers;
    }

    @JsonProperty
    public void setBootstrapServers(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
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
    public Duration getMaxBlock() {
        return maxBlock;
    }

    @JsonProperty
    public void setMaxBlock(Duration maxBlock) {
        this.maxBlock = maxBlock;
    }

    @JsonProperty
    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    @JsonProperty
    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    @JsonProperty
    public Duration getDeliveryTimeout() {
        return deliveryTimeout;
    }

    @JsonProperty
    public void setDeliveryTimeout(Duration deliveryTimeout) {
        this.deliveryTimeout = deliveryTimeout;
    }

    @JsonProperty
    public Duration getLinger() {
        return linger;
    }

    @JsonProperty
    public void setLinger(Duration linger) {
        this.linger = linger;
    }

    @JsonProperty
    public Duration getHealthCheckTimeout() {
        return healthCheckTimeout;
    }

    @JsonProperty
    public void setHealthCheckTimeout(Duration healthCheckTimeout) {
        this.healthCheckTimeout = healthCheckTimeout;
    }

    @JsonProperty
    public Map<String, String> getProperties() {
        return properties;
    }

    @JsonProperty
    public void setProperties(Map<String, String> properties) {
        this.properties = properties;
    }

    /** Kafka refuses a delivery timeout shorter than linger plus request timeout; say so at start-up instead. */
    @ValidationMethod(message = "deliveryTimeout must be at least linger + requestTimeout")
    public boolean isDeliveryTimeoutConsistent() {
        return deliveryTimeout == null || linger == null || requestTimeout == null
                || deliveryTimeout.toMilliseconds() >= linger.toMilliseconds() + requestTimeout.toMilliseconds();
    }

    /**
     * The longest a publish can take before every record is acknowledged or failed: blocking on metadata or buffer
     * space, then the delivery timeout of the last record sent.
     */
    public java.time.Duration acknowledgementDeadline() {
        return java.time.Duration.ofMillis(maxBlock.toMilliseconds() + deliveryTimeout.toMilliseconds());
    }

    /** The producer configuration: the defaults described above, overridden by {@code properties}. */
    public Properties producerProperties() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "penguinmails-ingestion");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.LINGER_MS_CONFIG, Long.toString(linger.toMilliseconds()));
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(maxBlock.toMilliseconds()));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(requestTimeout.toMilliseconds()));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(deliveryTimeout.toMilliseconds()));
        props.putAll(properties);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    /** Builds the producer; it connects lazily, so a cluster that is down does not stop the service from starting. */
    public KafkaProducer<byte[], byte[]> buildProducer() {
        return new KafkaProducer<>(producerProperties());
    }

    /**
     * Builds the producer with {@code max.block.ms} at most {@code maxBlockAtMost}, so that a request never blocks on
     * metadata or buffer space for longer than it would wait for an acknowledgement.
     */
    public KafkaProducer<byte[], byte[]> buildProducer(java.time.Duration maxBlockAtMost) {
        Properties props = producerProperties();
        long maxBlockMs = Long.parseLong(props.getProperty(ProducerConfig.MAX_BLOCK_MS_CONFIG));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(Math.min(maxBlockMs, maxBlockAtMost.toMillis())));
        return new KafkaProducer<>(props);
    }

    /** Builds the admin client used by the health check, with the connection settings of {@code properties}. */
    public Admin buildAdmin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "penguinmails-ingestion-health");
        props.putAll(properties);
        return Admin.create(props);
    }
}
