package com.penguinmails.streamjobs.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.streamjobs.StreamJobsConfiguration;
import com.penguinmails.streamjobs.enrichment.TenantProfile;
import com.penguinmails.traffic.GeneratedEvent;
import com.penguinmails.traffic.TrafficGenerator;
import com.penguinmails.traffic.TrafficLabel;
import com.penguinmails.traffic.TrafficSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated, labelled traffic through the whole job (Kafka, MiniCluster, ClickHouse): every row arrives with the
 * enrichment columns, the stored classes agree with the generator's ground truth, and the unique flags are set once
 * per message and contact.
 */
@ExtendWith(EmbeddedStackExtension.class)
class EnrichedEventsToClickHouseIT {

    private static final int EVENTS = 20_000;

    @TempDir
    Path checkpoints;

    @Test
    void storesEveryEventWithItsEnrichment(EmbeddedStack stack) throws Exception {
        try (EventsPipelineFixture pipeline = new EventsPipelineFixture(stack, "enriched")) {
            TrafficGenerator generator = new TrafficGenerator(
                    TrafficSettings.defaults().withSeed(5).withTenantIds(List.of(pipeline.tenant)));
            List<GeneratedEvent> traffic = generator.events().limit(EVENTS).toList();
            pipeline.produce(traffic.stream().map(GeneratedEvent::event).toList());
            Map<String, String> truth = new HashMap<>();
            for (GeneratedEvent generated : traffic) {
                if (generated.label() != TrafficLabel.NOT_APPLICABLE) {
                    truth.put(generated.event().getEventId(), generated.label().name().toLowerCase(Locale.ROOT));
                }
            }

            StreamJobsConfiguration config = pipeline.config(checkpoints);
            config.getEnrichment().setTenants(Map.of(pipeline.tenant,
                    new TenantProfile("America/New_York", Set.copyOf(generator.tenants().get(0).sendingIps()))));
            runToEndOfTopic(config);

            assertThat(pipeline.count()).isEqualTo(EVENTS);
            String tenant = " WHERE tenant_id = '" + pipeline.tenant + "'";
            long agreeing = 0;
            List<GenericRecord> engagements = pipeline.clickHouse.queryAll("SELECT event_id, engagement_class,"
                    + " classification_confidence, length(classification_reasons) AS reasons FROM penguinmails.events"
                    + tenant + " AND event_type IN ('open', 'click')");
            for (GenericRecord row : engagements) {
                assertThat(row.getString("engagement_class")).as("class of %s", row.getString("event_id"))
                        .isNotEmpty();
                assertThat(row.getLong("reasons")).isPositive();
                if (row.getString("engagement_class").equals(truth.get(row.getString("event_id")))) {
                    agreeing++;
                }
            }
            assertThat(engagements).hasSize(truth.size());
            assertThat((double) agreeing / truth.size()).isGreaterThanOrEqualTo(0.99);

            assertThat(query("SELECT countIf(mailbox_provider = '' OR local_timezone = '') FROM penguinmails.events"
                    + tenant, pipeline)).isZero();
            assertThat(query("SELECT countIf(engagement_class != '') FROM penguinmails.events" + tenant
                    + " AND event_type NOT IN ('open', 'click')", pipeline)).isZero();
            assertThat(query("SELECT uniqExact(mailbox_provider) FROM penguinmails.events" + tenant, pipeline))
                    .isGreaterThanOrEqualTo(8);
            String humanOpens = " AND event_type = 'open' AND engagement_class IN ('human', 'image_proxy')";
            String humanClicks = " AND event_type = 'click' AND engagement_class = 'human'";
            assertThat(query("SELECT countIf(first_of_message) FROM penguinmails.events" + tenant + humanOpens,
                    pipeline)).isPositive().isEqualTo(query("SELECT uniqExact(message_id) FROM penguinmails.events"
                            + tenant + humanOpens, pipeline));
            assertThat(query("SELECT countIf(first_of_contact) FROM penguinmails.events" + tenant + humanClicks,
                    pipeline)).isPositive().isEqualTo(query("SELECT uniqExact(contact_id) FROM penguinmails.events"
                            + tenant + humanClicks, pipeline));
            assertThat(query("SELECT countIf(first_of_message OR first_of_contact) FROM penguinmails.events" + tenant
                    + " AND engagement_class NOT IN ('human', 'image_proxy')", pipeline)).isZero();
            assertThat(query("SELECT countIf(honeypot) FROM penguinmails.events" + tenant, pipeline))
                    .isEqualTo(traffic.stream().map(GeneratedEvent::event)
                            .filter(e -> e.getType() == EventType.click && e.getEngagement().getHoneypot())
                            .count());
        }
    }

    private static long query(String sql, EventsPipelineFixture pipeline) {
        return pipeline.clickHouse.queryAll(sql).get(0).getLong(1);
    }

    private void runToEndOfTopic(StreamJobsConfiguration config) throws Exception {
        EventsToClickHouseJob job = new EventsToClickHouseJob(
                config.getKafka().sourceBuilder().setBounded(OffsetsInitializer.latest()).build(),
                config.getClickHouseSink().build(config.getClickHouse(), EventsRow.TABLE, new EventsRowEncoder()),
                config.getKafka().buildDeadLetterSink(),
                config.getDedupTtl().toJavaDuration(),
                config.getEnrichment().build(),
                config.flinkConfiguration());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(new Configuration());
        job.build(env);
        env.execute(EventsToClickHouseJob.NAME);
    }
}
