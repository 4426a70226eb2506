package com.penguinmails.streamjobs.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.streamjobs.StreamJobsConfiguration;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.text.StringSubstitutor;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;

class EventsToClickHouseJobTest {

    @Test
    void givesEveryStatefulOperatorAStableUidAndName() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(new Configuration());
        EventsToClickHouseJob.fromConfig(config()).build(env);

        StreamGraph graph = env.getStreamGraph();
        Map<String, String> namesByUid = graph.getStreamNodes().stream()
                .filter(node -> node.getTransformationUID() != null)
                .collect(Collectors.toMap(StreamNode::getTransformationUID, StreamNode::getOperatorName));

        assertThat(namesByUid).containsKeys(
                EventsToClickHouseJob.SOURCE_UID,
                EventsToClickHouseJob.DECODE_UID,
                EventsToClickHouseJob.DEDUPLICATE_UID,
                EventsToClickHouseJob.CLICKHOUSE_SINK_UID,
                EventsToClickHouseJob.DEAD_LETTER_SINK_UID);
        assertThat(namesByUid.values()).anyMatch(name -> name.contains("Deduplicate events"));
        assertThat(graph.getStreamNodes()).allSatisfy(node -> assertThat(node.getTransformationUID())
                .as("uid of %s", node.getOperatorName()).isNotNull());
        assertThat(namesByUid).containsKey(EventsToClickHouseJob.CLICKHOUSE_SINK_UID + ": hand-over");
    }

    @Test
    void appliesTheConfiguredCheckpointingAndRestartStrategyToTheEnvironment() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(new Configuration());
        EventsToClickHouseJob.fromConfig(config()).build(env);

        assertThat(env.getCheckpointInterval()).isEqualTo(Duration.ofSeconds(5).toMillis());
        assertThat(env.getConfig().isObjectReuseEnabled()).isTrue();
        assertThat(env.getParallelism()).isEqualTo(2);
        Configuration jobConfiguration = env.getStreamGraph().getJobConfiguration();
        assertThat(jobConfiguration.get(RestartStrategyOptions.RESTART_STRATEGY)).isEqualTo("exponential-delay");
        assertThat(jobConfiguration.get(CheckpointingOptions.CHECKPOINTS_DIRECTORY)).isEqualTo("file:///tmp/cp");
    }

    private static StreamJobsConfiguration config() throws Exception {
        StringSubstitutor variables = new StringSubstitutor(Map.of("FLINK_CHECKPOINT_DIR", "file:///tmp/cp"));
        StreamJobsConfiguration config = StreamJobsConfiguration.load(Path.of("config/stream-jobs.yml"), variables);
        config.setParallelism(2);
        return config;
    }
}
