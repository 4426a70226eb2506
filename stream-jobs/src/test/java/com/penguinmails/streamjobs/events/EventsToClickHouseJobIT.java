package com.penguinmails.streamjobs.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.v1.Event;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on a MiniCluster against the embedded Kafka and ClickHouse, reading a bounded slice of the topic. */
@ExtendWith(EmbeddedStackExtension.class)
class EventsToClickHouseJobIT {

    @TempDir
    Path checkpoints;

    @Test
    void storesEveryEventExactlyOnceAndDeadLettersWhatItCannotStore(EmbeddedStack stack) throws Exception {
        try (EventsPipelineFixture pipeline = new EventsPipelineFixture(stack, "e2e")) {
            int events = 5_500;
            pipeline.produce(EventStreams.numbered(pipeline.tenant, 0, events));
            pipeline.produceRaw(pipeline.tenant + "/garbage", "{\"event_id\":\"json?\"}".getBytes(StandardCharsets.UTF_8));
            pipeline.produceRaw(pipeline.tenant + "/short", new byte[] {(byte) 0xC3, 0x01});
            Event tooManySteps = Event.newBuilder(EventStreams.numbered(pipeline.tenant, events))
                    .setSequenceStep(100_000).build();
            pipeline.produce(List.of(tooManySteps));

            runToEndOfTopic(pipeline);

            assertThat(pipeline.count()).isEqualTo(events);
            assertThat(pipeline.distinctEvents()).isEqualTo(events);
            Map<String, Long> expectedByType = EventStreams.types().stream()
                    .collect(Collectors.toMap(type -> type, type -> EventStreams.countOfType(events, type)));
            assertThat(pipeline.countsByType()).isEqualTo(expectedByType);
            List<ConsumerRecord<byte[], byte[]>> deadLetters = pipeline.deadLetters();
            assertThat(deadLetters).extracting(EventsToClickHouseJobIT::reason)
                    .containsExactlyInAnyOrder("BAD_MARKER", "TOO_SHORT", "UNREPRESENTABLE");
            assertThat(deadLetters).filteredOn(letter -> reason(letter).equals("BAD_MARKER")).singleElement()
                    .satisfies(letter -> assertThat(new String(letter.value(), StandardCharsets.UTF_8))
                            .isEqualTo("{\"event_id\":\"json?\"}"));
        }
    }

    @Test
    void storesAnEventProducedTwiceOnceAndKeepsTheFirst(EmbeddedStack stack) throws Exception {
        try (EventsPipelineFixture pipeline = new EventsPipelineFixture(stack, "duplicates")) {
            List<Event> originals = EventStreams.numbered(pipeline.tenant, 0, 1_000);
            pipeline.produce(originals);
            pipeline.produce(originals.subList(0, 300));
            // Same key, so same partition and read after the original: first occurrence wins.
            Event changedRetry = Event.newBuilder(originals.get(7)).setCampaignId("c-retry").build();
            pipeline.produce(List.of(changedRetry));

            runToEndOfTopic(pipeline);

            assertThat(pipeline.count()).isEqualTo(1_000);
            assertThat(pipeline.distinctEvents()).isEqualTo(1_000);
            assertThat(pipeline.clickHouse.queryAll("SELECT campaign_id FROM penguinmails.events WHERE tenant_id = '"
                    + pipeline.tenant + "' AND event_id = '" + changedRetry.getEventId() + "'"))
                    .singleElement().satisfies(row -> assertThat(row.getString(1)).isEqualTo("c-1"));
        }
    }

    /** Runs the job over everything in the topic now, then lets it finish: the end of input commits the rest. */
    private void runToEndOfTopic(EventsPipelineFixture pipeline) throws Exception {
        StreamJobsConfiguration config = pipeline.config(checkpoints);
        EventsToClickHouseJob job = new EventsToClickHouseJob(
                config.getKafka().sourceBuilder().setBounded(OffsetsInitializer.latest()).build(),
                config.getClickHouseSink().build(config.getClickHouse(), EventsRow.TABLE, new EventsRowEncoder()),
                config.getKafka().buildDeadLetterSink(),
                config.getDedupTtl().toJavaDuration(),
                config.flinkConfiguration());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(new Configuration());
        job.build(env);
        env.execute(EventsToClickHouseJob.NAME);
    }

    private static String reason(ConsumerRecord<byte[], byte[]> letter) {
        return new String(letter.headers().lastHeader("dlq.reason").value(), StandardCharsets.UTF_8);
    }
}
