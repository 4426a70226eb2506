package com.penguinmails.ingestion.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.util.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaFactoryTest {

    @Test
    void producerIsIdempotentWaitsForAllReplicasAndCompressesWithLz4() {
        KafkaFactory factory = factory();

        Properties props = factory.producerProperties();

        assertThat(props).containsEntry("bootstrap.servers", "kafka-1:9092,kafka-2:9092")
                .containsEntry("enable.idempotence", "true")
                .containsEntry("acks", "all")
                .containsEntry("compression.type", "lz4")
                .containsEntry("linger.ms", "5")
                .containsEntry("max.block.ms", "5000")
                .containsEntry("request.timeout.ms", "4000")
                .containsEntry("delivery.timeout.ms", "10000");
    }

    @Test
    void extraPropertiesOverrideDefaultsButNotTheSerializers() {
        KafkaFactory factory = factory();
        factory.setProperties(Map.of("security.protocol", "SASL_SSL", "linger.ms", "20",
                "value.serializer", "org.apache.kafka.common.serialization.StringSerializer"));

        Properties props = factory.producerProperties();

        assertThat(props).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("linger.ms", "20")
                .containsEntry("value.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer");
    }

    @Test
    void acknowledgementDeadlineCoversBlockingAndDelivery() {
        assertThat(factory().acknowledgementDeadline()).isEqualTo(java.time.Duration.ofSeconds(15));
    }

    @Test
    void deliveryTimeoutMustCoverLingerAndRequestTimeout() {
        KafkaFactory factory = factory();
        assertThat(factory.isDeliveryTimeoutConsistent()).isTrue();

        factory.setDeliveryTimeout(Duration.seconds(4));

        assertThat(factory.isDeliveryTimeoutConsistent()).isFalse();
    }

    private static KafkaFactory factory() {
        KafkaFactory factory = new KafkaFactory();
        factory.setBootstrapServers("kafka-1:9092,kafka-2:9092");
        return factory;
    }
}
