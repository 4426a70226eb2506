package com.penguinmails.streamjobs.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.v1.EngagementClass;
import com.penguinmails.events.v1.Enrichment;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.streamjobs.clickhouse.Backoff;
import com.penguinmails.streamjobs.clickhouse.ClickHouseBatch;
import com.penguinmails.streamjobs.clickhouse.ClickHouseBatchSerializer;
import com.penguinmails.streamjobs.clickhouse.ClickHouseCommitter;
import com.penguinmails.streamjobs.clickhouse.ClickHouseSinkWriter;
import com.penguinmails.streamjobs.clickhouse.RecordingCommitRequest;
import com.penguinmails.streamjobs.clickhouse.RowBinaryInserter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.connector.sink2.Committer.CommitRequest;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sink's RowBinary inserts against the real {@code events} table: columns, values and token deduplication. */
@ExtendWith(EmbeddedStackExtension.class)
class EventsTableIT {

    private EventsPipelineFixture pipeline;

    @BeforeEach
    void migrate(EmbeddedStack stack) {
        pipeline = new EventsPipelineFixture(stack, "table");
    }

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void writesTheColumnsOfTheMigratedTableInOrder() {
        List<String> columns = new ArrayList<>();
        for (GenericRecord row : pipeline.clickHouse.queryAll("SELECT name FROM system.columns"
                + " WHERE database = 'penguinmails' AND table = 'events' ORDER BY position")) {
            columns.add(row.getString("name"));
        }

        assertThat(columns).containsExactlyElementsOf(EventsRow.TABLE.columns());
    }

    @Test
    void storesEveryFieldOfEveryEventTypeInItsColumn() throws Exception {
        List<Event> events = EventFixtures.everyType(pipeline.tenant).stream()
                .map(event -> Event.newBuilder(event).setTenantId(pipeline.tenant).build())
                .toList();
        for (Event event : events) {
            // Every event leaves the job enriched; opens and clicks with a class, reasons and flags. first_of_type
            // differs between the types so both values have to arrive in the column.
            boolean engagement = event.getEngagement() != null;
            if (engagement) {
                event.getEngagement().setHoneypot(event.getType() == EventType.click);
            }
            event.setEnrichment(new Enrichment(engagement ? EngagementClass.image_proxy : null,
                    engagement ? 0.875f : null, engagement ? List.of("ua:google-image-proxy", "ip:ü") : List.of(),
                    "google", "Europe/Paris", engagement, event.getType() == EventType.open,
                    event.getType() != EventType.open));
        }
        ClickHouseBatch batch = stage(events, 0);

        assertThat(commit(batch)).isEqualTo(events.size());

        for (Event event : events) {
            GenericRecord stored = pipeline.clickHouse.queryAll("SELECT * FROM penguinmails.events WHERE tenant_id = '"
                    + pipeline.tenant + "' AND event_id = '" + event.getEventId() + "'").get(0);
            assertThat(columnsOf(stored)).as("stored %s", event.getType()).isEqualTo(expectedColumns(event));
            assertThat(stored.getBoolean("first_of_type")).as("first_of_type of %s", event.getType())
                    .isEqualTo(event.getType() != EventType.open);
        }
    }

    @Test
    void ignoresABatchCommittedAgainWithItsToken() throws Exception {
        List<Event> events = EventStreams.numbered(pipeline.tenant, 1_000, 1_300);
        ClickHouseBatch batch = stage(events, 0);
        long before = pipeline.count();

        long first = commit(batch);
        long again = commit(batch);
        ClickHouseBatchSerializer serializer = new ClickHouseBatchSerializer();
        long afterRestore = commit(serializer.deserialize(serializer.getVersion(), serializer.serialize(batch)));

        assertThat(first).isEqualTo(300);
        assertThat(again).isZero();
        assertThat(afterRestore).isZero();
        assertThat(pipeline.count() - before).isEqualTo(300);
    }

    @Test
    void insertsTheSameRowsAgainUnderAnotherToken() throws Exception {
        List<Event> events = EventStreams.numbered(pipeline.tenant, 2_000, 2_010);
        // The table is a ReplacingMergeTree: a background merge would collapse the two copies before they are counted.
        pipeline.clickHouse.query("SYSTEM STOP MERGES penguinmails.events").get().close();
        try {
            long before = pipeline.count();

            commit(stage(events, 0));
            commit(stage(events, 1));

            assertThat(pipeline.count() - before).as("two different tokens are two inserts").isEqualTo(20);
        } finally {
            pipeline.clickHouse.query("SYSTEM START MERGES penguinmails.events").get().close();
        }
    }

    /** Stages the events as the sink writer does at a checkpoint, with the given sequence number. */
    private ClickHouseBatch stage(List<Event> events, long sequence) {
        ClickHouseSinkWriter<Event> writer = new ClickHouseSinkWriter<>("it-table", 0, new EventsRowEncoder(),
                64 << 20, sequence);
        for (Event event : events) {
            writer.write(event, null);
        }
        return writer.prepareCommit().iterator().next();
    }

    /** Commits one batch and returns how many rows the table gained. */
    private long commit(ClickHouseBatch batch) throws Exception {
        long before = pipeline.count();
        try (ClickHouseCommitter committer = new ClickHouseCommitter(
                new RowBinaryInserter(pipeline.clickHouseFactory().build(), EventsRow.TABLE, Duration.ofSeconds(20)),
                new Backoff(1, Duration.ofMillis(1), Duration.ofMillis(1)), ClickHouseCommitter.Sleeper.THREAD,
                new UnregisteredMetricsGroup())) {
            RecordingCommitRequest request = new RecordingCommitRequest(batch);
            committer.commit(List.<CommitRequest<ClickHouseBatch>>of(request));
            assertThat(request.wasRejected()).isFalse();
        }
        return pipeline.count() - before;
    }

    private static Map<String, Object> expectedColumns(Event event) throws ReflectiveOperationException {
        EventsRow row = EventsRow.of(event);
        Map<String, Object> columns = new LinkedHashMap<>();
        var components = EventsRow.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Object value = components[i].getAccessor().invoke(row);
            columns.put(EventsRow.TABLE.columns().get(i), value instanceof java.math.BigDecimal decimal
                    ? decimal.stripTrailingZeros().toPlainString() : value);
        }
        return columns;
    }

    private static Map<String, Object> columnsOf(GenericRecord stored) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (String column : EventsRow.TABLE.columns()) {
            Object value = switch (column) {
                case "occurred_at", "received_at" -> stored.getZonedDateTime(column).toInstant();
                case "sequence_step", "smtp_code", "link_index" -> stored.getInteger(column);
                case "is_auto_reply", "honeypot", "first_of_message", "first_of_contact", "first_of_type" ->
                        stored.getBoolean(column);
                case "classification_confidence" -> stored.getFloat(column);
                case "classification_reasons" -> stored.getList(column);
                case "conversion_value" -> stored.getBigDecimal(column).stripTrailingZeros().toPlainString();
                default -> stored.getString(column);
            };
            columns.put(column, value);
        }
        return columns;
    }
}
