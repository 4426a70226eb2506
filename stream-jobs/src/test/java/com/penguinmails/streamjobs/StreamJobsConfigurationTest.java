package com.penguinmails.streamjobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.streamjobs.kafka.StartingOffsets;
import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.util.DataSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamJobsConfigurationTest {

    private static final Path SHIPPED = Path.of("config/stream-jobs.yml");

    @Test
    void readsTheShippedFileWithVariablesSubstituted() throws Exception {
        StreamJobsConfiguration config = StreamJobsConfiguration.load(SHIPPED, variables(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092",
                "CLICKHOUSE_URL", "http://clickhouse:8123",
                "CLICKHOUSE_PASSWORD", "secret",
                "FLINK_CHECKPOINT_DIR", "file:///tmp/checkpoints")));

        assertThat(config.getKafka().getBootstrapServers()).isEqualTo("kafka-1:9092,kafka-2:9092");
        assertThat(config.getKafka().getTopic()).isEqualTo("events.raw");
        assertThat(config.getKafka().getDeadLetterTopic()).isEqualTo("events.dlq");
        assertThat(config.getKafka().getStartingOffsets()).isEqualTo(StartingOffsets.COMMITTED_OR_EARLIEST);
        assertThat(config.getClickHouse().getUrl()).isEqualTo("http://clickhouse:8123");
        assertThat(config.getClickHouse().getPassword()).isEqualTo("secret");
        assertThat(config.getClickHouse().getDatabase()).isEqualTo("penguinmails");
        assertThat(config.getClickHouseSink().getId()).isEqualTo("events-to-clickhouse");
        assertThat(config.getClickHouseSink().getMaxBatchSize()).isEqualTo(DataSize.mebibytes(64));
        assertThat(config.getDedupTtl().toJavaDuration()).isEqualTo(Duration.ofDays(7));
        assertThat(config.getParallelism()).isNull();

        Configuration flink = config.flinkConfiguration();
        assertThat(flink.get(CheckpointingOptions.CHECKPOINTING_INTERVAL)).isEqualTo(Duration.ofSeconds(5));
        assertThat(flink.get(CheckpointingOptions.CHECKPOINTS_DIRECTORY)).isEqualTo("file:///tmp/checkpoints");
        assertThat(flink.get(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION))
                .isEqualTo(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        assertThat(flink.get(RestartStrategyOptions.RESTART_STRATEGY)).isEqualTo("exponential-delay");
        assertThat(flink.get(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_MAX_BACKOFF))
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(flink.getOptional(CoreOptions.DEFAULT_PARALLELISM)).isEmpty();
    }

    @Test
    void leavesCheckpointStorageAloneWithoutADirectory() throws Exception {
        StreamJobsConfiguration config = StreamJobsConfiguration.load(SHIPPED, variables(Map.of()));

        assertThat(config.getKafka().getBootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.flinkConfiguration().getOptional(CheckpointingOptions.CHECKPOINTS_DIRECTORY)).isEmpty();
        assertThat(config.flinkConfiguration().getOptional(CheckpointingOptions.CHECKPOINT_STORAGE)).isEmpty();
    }

    @Test
    void appliesDefaultsToAMinimalFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("minimal.yml"), """
                kafka:
                  bootstrapServers: localhost:9092
                clickHouse:
                  url: http://localhost:8123
                clickHouseSink:
                  id: events
                parallelism: 3
                """);

        StreamJobsConfiguration config = StreamJobsConfiguration.load(file, variables(Map.of()));

        assertThat(config.getKafka().getGroupId()).isEqualTo("penguinmails-events-to-clickhouse");
        assertThat(config.getClickHouseSink().backoff().maxAttempts()).isEqualTo(6);
        assertThat(config.getCheckpointing().getInterval().toJavaDuration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.flinkConfiguration().get(CoreOptions.DEFAULT_PARALLELISM)).isEqualTo(3);
    }

    @Test
    void rejectsAFileWithoutKafkaServersOrWithABadSinkId(@TempDir Path dir) throws Exception {
        Path noKafka = Files.writeString(dir.resolve("no-kafka.yml"), """
                clickHouse:
                  url: http://localhost:8123
                clickHouseSink:
                  id: events
                """);
        Path badSinkId = Files.writeString(dir.resolve("bad-sink.yml"), """
                kafka:
                  bootstrapServers: localhost:9092
                clickHouse:
                  url: http://localhost:8123
                clickHouseSink:
                  id: "events to clickhouse"
                """);

        assertThatThrownBy(() -> StreamJobsConfiguration.load(noKafka, variables(Map.of())))
                .isInstanceOf(ConfigurationValidationException.class)
                .hasMessageContaining("kafka.bootstrapServers");
        assertThatThrownBy(() -> StreamJobsConfiguration.load(badSinkId, variables(Map.of())))
                .isInstanceOf(ConfigurationValidationException.class)
                .hasMessageContaining("clickHouseSink.id");
    }

    private static StringSubstitutor variables(Map<String, String> values) {
        StringSubstitutor substitutor = new StringSubstitutor(values);
        substitutor.setEnableUndefinedVariableException(true);
        return substitutor;
    }
}
