package com.penguinmails.embedded.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.FinalizedVersionRange;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.server.common.TransactionVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {

    @TempDir
    static Path dataDir;

    static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start(dataDir);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void consumesWhatWasProducedThroughConsumerGroup() throws Exception {
        kafka.createTopic("plain", 2);
        try (KafkaProducer<String, String> producer = producer(Map.of())) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>("plain", "key-" + i, "value-" + i)).get();
            }
        }

        List<String> values = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> committed;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(kafka.bootstrapServers(), Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "plain-readers",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")))) {
            consumer.subscribe(List.of("plain"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < 10 && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
            consumer.commitSync();
            committed = consumer.committed(Set.of(new TopicPartition("plain", 0), new TopicPartition("plain", 1)));
        }

        assertThat(values).containsExactlyInAnyOrder("value-0", "value-1", "value-2", "value-3", "value-4",
                "value-5", "value-6", "value-7", "value-8", "value-9");
        assertThat(committed.values().stream().mapToLong(OffsetAndMetadata::offset).sum()).isEqualTo(10);
    }

    @Test
    void acceptsIdempotentProducerWithAllAcks() throws Exception {
        kafka.createTopic("idempotent", 1);
        try (KafkaProducer<String, String> producer = producer(Map.of(
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.ACKS_CONFIG, "all"))) {
            long firstOffset = producer.send(new ProducerRecord<>("idempotent", "k", "a")).get().offset();
            long secondOffset = producer.send(new ProducerRecord<>("idempotent", "k", "b")).get().offset();
            assertThat(secondOffset).isEqualTo(firstOffset + 1);
        }

        assertThat(readAll("idempotent", 1, 2, "read_uncommitted"))
                .extracting(ConsumerRecord::value).containsExactly("a", "b");
    }

    @Test
    void showsCommittedTransactionsOnlyToReadCommittedConsumers() throws Exception {
        kafka.createTopic("transactional", 1);
        try (KafkaProducer<String, String> producer = producer(Map.of(
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "embedded-kafka-it",
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "600000"))) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("transactional", "k", "aborted"));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("transactional", "k", "committed"));
            producer.commitTransaction();
        }

        assertThat(readAll("transactional", 1, 1, "read_committed"))
                .extracting(ConsumerRecord::value).containsExactly("committed");
    }

    @Test
    void enablesTransactionVersion2() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            FinalizedVersionRange transactionVersion = admin.describeFeatures().featureMetadata().get()
                    .finalizedFeatures().get(TransactionVersion.FEATURE_NAME);

            assertThat(transactionVersion.maxVersionLevel()).isEqualTo(TransactionVersion.TV_2.featureLevel());
        }
    }

    @Test
    void keepsRecordsAndAddressAcrossRestart() throws Exception {
        kafka.createTopic("durable", 1);
        try (KafkaProducer<String, String> producer = producer(Map.of())) {
            producer.send(new ProducerRecord<>("durable", "k", "before restart")).get();
        }
        String addressBefore = kafka.bootstrapServers();

        kafka.stop();
        assertThatThrownBy(() -> kafka.createTopic("while-stopped", 1)).isInstanceOf(IllegalStateException.class);
        kafka.start();

        assertThat(kafka.bootstrapServers()).isEqualTo(addressBefore);
        try (KafkaProducer<String, String> producer = producer(Map.of())) {
            producer.send(new ProducerRecord<>("durable", "k", "after restart")).get();
        }
        assertThat(readAll("durable", 1, 2, "read_uncommitted"))
                .extracting(ConsumerRecord::value).containsExactly("before restart", "after restart");
    }

    @Test
    void keepsRecordsForLaterInstanceOnSameDirectory(@TempDir Path otherDataDir) throws Exception {
        try (EmbeddedKafka first = EmbeddedKafka.start(otherDataDir)) {
            first.createTopic("handed-over", 1);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    producerProperties(first.bootstrapServers(), Map.of()))) {
                producer.send(new ProducerRecord<>("handed-over", "k", "from the first broker")).get();
            }
        }

        try (EmbeddedKafka second = EmbeddedKafka.start(otherDataDir)) {
            second.createTopic("handed-over", 1);
            assertThat(readAll(second, "handed-over", 1, 1, "read_uncommitted"))
                    .extracting(ConsumerRecord::value).containsExactly("from the first broker");
        }
    }

    @Test
    void createsTopicsIdempotentlyButRejectsAnotherPartitionCount() {
        kafka.createTopic("twice", 3);
        kafka.createTopic("twice", 3);

        assertThatThrownBy(() -> kafka.createTopic("twice", 5))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("3 partitions");
    }

    @Test
    void doesNotCreateTopicsOnFirstUse() {
        Properties props = producerProperties(kafka.bootstrapServers(),
                Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, "1000"));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("never-created", "k", "v")).get())
                    .isInstanceOfAny(ExecutionException.class, TimeoutException.class);
        }
    }

    private static KafkaProducer<String, String> producer(Map<String, String> overrides) {
        return new KafkaProducer<>(producerProperties(kafka.bootstrapServers(), overrides));
    }

    private static Properties producerProperties(String bootstrapServers, Map<String, String> overrides) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.putAll(overrides);
        return props;
    }

    private static Properties consumerProperties(String bootstrapServers, Map<String, String> overrides) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.putAll(overrides);
        return props;
    }

    /** Reads every partition from the start until {@code expected} records arrived (or 30 s passed). */
    private static List<ConsumerRecord<String, String>> readAll(
            String topic, int partitions, int expected, String isolationLevel) {
        return readAll(kafka, topic, partitions, expected, isolationLevel);
    }

    private static List<ConsumerRecord<String, String>> readAll(
            EmbeddedKafka broker, String topic, int partitions, int expected, String isolationLevel) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                consumerProperties(broker.bootstrapServers(), Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel)))) {
            List<TopicPartition> assignment = new ArrayList<>();
            for (int partition = 0; partition < partitions; partition++) {
                assignment.add(new TopicPartition(topic, partition));
            }
            consumer.assign(assignment);
            consumer.seekToBeginning(assignment);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // One more poll: anything beyond the expected count would show up here.
            consumer.poll(Duration.ofMillis(300)).forEach(records::add);
        }
        return records;
    }
}
