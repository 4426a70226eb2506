package com.penguinmails.streamjobs.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.v1.ConversionDetails;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.streamjobs.events.EventsToClickHouseJob;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real job (Kafka -> decode -> deduplicate -> enrich -> ClickHouse events) on generated traffic that arrives out of
 * order, with engagement three weeks late and conversions in two currencies: every row of {@code cohort_activity}
 * (schemas' V0006) equals, per campaign and contact, a computation made in Java from the produced events and the
 * enrichment's stored classes.
 */
@ExtendWith(EmbeddedStackExtension.class)
class CohortActivityIT {

    @TempDir
    Path checkpoints;

    /** One expected (campaign, contact) row: cohort times and activity sets, as strings for readable failures. */
    record ContactRow(String firstSend, String firstEngagement, Set<Long> opens, Set<Long> clicks, Set<Long> replies,
            Set<String> conversions) {
    }

    @Test
    void everyContactRowEqualsTheComputationFromTheRawEvents(EmbeddedStack stack) throws Exception {
        try (AggregatesPipeline pipeline = new AggregatesPipeline(stack, "cohorts")) {
            List<Event> events = new ArrayList<>(GeneratedTraffic.of(pipeline.tenant, 17, 4_000));
            addConversions(events);
            JobClient job = AggregatesPipeline.start(EventsToClickHouseJob.fromConfig(pipeline.config(checkpoints)),
                    new Configuration());
            try {
                pipeline.produce(events);
                AggregateAssertions.awaitEveryEventStoredOnce(pipeline, events.size());
            } finally {
                job.cancel().get();
            }
            Map<String, StoredEnrichment> enrichment = StoredEnrichment.of(pipeline.clickHouse, pipeline.tenant);
            Map<String, ContactRow> expected = expected(events, enrichment);
            Map<String, ContactRow> stored = stored(pipeline);

            assertThat(stored.keySet()).isEqualTo(expected.keySet());
            for (Map.Entry<String, ContactRow> row : expected.entrySet()) {
                assertThat(stored.get(row.getKey())).as(row.getKey()).isEqualTo(row.getValue());
            }
            assertThat(expected.values()).as("the traffic exercises every column")
                    .anyMatch(row -> !row.opens().isEmpty()).anyMatch(row -> !row.clicks().isEmpty())
                    .anyMatch(row -> !row.replies().isEmpty()).anyMatch(row -> !row.conversions().isEmpty())
                    .anyMatch(row -> !row.firstEngagement().equals("-"));
            assertThat(expected).as("conversions are filed under campaign '' even when they name one")
                    .allSatisfy((key, row) -> assertThat(row.conversions().isEmpty() || key.startsWith("/")).isTrue());
        }
    }

    /** Conversions of every seventh sent contact, days later, in EUR or USD or without a value; some name a campaign. */
    private static void addConversions(List<Event> events) {
        List<Event> sends = events.stream().filter(e -> e.getType() == EventType.send).toList();
        for (int i = 0; i < sends.size(); i += 7) {
            Event send = sends.get(i);
            Instant at = send.getOccurredAt().plus(Duration.ofHours(5 + i));
            String currency = i % 3 == 0 ? null : i % 2 == 0 ? "EUR" : "USD";
            BigDecimal value = currency == null ? null : BigDecimal.valueOf(1000 + i * 37L, 2).setScale(4);
            events.add(Event.newBuilder(send)
                    .setEventId(send.getEventId() + "-conversion")
                    .setType(EventType.conversion)
                    .setOccurredAt(at)
                    .setReceivedAt(at)
                    .setMessageId(null)
                    .setCampaignId(i % 2 == 0 ? send.getCampaignId() : null)
                    .setSend(null)
                    .setConversion(new ConversionDetails("deal_won", value, currency))
                    .build());
        }
    }

    private static Map<String, ContactRow> expected(List<Event> events, Map<String, StoredEnrichment> enrichment) {
        Map<String, Instant> firstSend = new HashMap<>();
        Map<String, Instant> firstEngagement = new HashMap<>();
        Map<String, List<Set<Long>>> activity = new HashMap<>();
        Map<String, Set<String>> conversions = new HashMap<>();
        Set<String> keys = new TreeSet<>();
        for (Event event : events) {
            if (event.getContactId() == null || event.getContactId().isEmpty()) {
                continue;
            }
            String engagementClass = enrichment.get(event.getEventId()).engagementClass();
            boolean open = event.getType() == EventType.open
                    && (engagementClass.equals("human") || engagementClass.equals("image_proxy"));
            boolean click = event.getType() == EventType.click && engagementClass.equals("human");
            boolean reply = event.getType() == EventType.reply && !event.getReply().getIsAutoReply();
            boolean conversion = event.getType() == EventType.conversion;
            if (!(event.getType() == EventType.send || open || click || reply || conversion)) {
                continue;
            }
            String campaign = conversion || event.getCampaignId() == null ? "" : event.getCampaignId();
            String key = campaign + "/" + event.getContactId();
            keys.add(key);
            Instant at = event.getOccurredAt();
            if (event.getType() == EventType.send) {
                firstSend.merge(key, at, (a, b) -> a.isBefore(b) ? a : b);
            }
            if (open || click || reply) {
                firstEngagement.merge(key, at, (a, b) -> a.isBefore(b) ? a : b);
                int kind = open ? 0 : click ? 1 : 2;
                activity.computeIfAbsent(key, k -> List.of(new TreeSet<>(), new TreeSet<>(), new TreeSet<>()))
                        .get(kind).add(Math.floorDiv(at.getEpochSecond(), 900L) * 900L);
            }
            if (conversion) {
                ConversionDetails details = event.getConversion();
                String currency = details.getCurrency() == null ? "" : details.getCurrency();
                BigDecimal value = details.getValue() == null ? BigDecimal.ZERO.setScale(4) : details.getValue();
                conversions.computeIfAbsent(key, k -> new TreeSet<>())
                        .add(conversionText(event.getEventId(), at.toEpochMilli(), currency, value));
            }
        }
        Map<String, ContactRow> rows = new HashMap<>();
        for (String key : keys) {
            List<Set<Long>> sets = activity.getOrDefault(key, List.of(Set.of(), Set.of(), Set.of()));
            rows.put(key, new ContactRow(text(firstSend.get(key)), text(firstEngagement.get(key)), Set.copyOf(sets.get(0)),
                    Set.copyOf(sets.get(1)), Set.copyOf(sets.get(2)), Set.copyOf(conversions.getOrDefault(key, Set.of()))));
        }
        return rows;
    }

    private static Map<String, ContactRow> stored(AggregatesPipeline pipeline) {
        Map<String, ContactRow> rows = new HashMap<>();
        for (GenericRecord row : pipeline.clickHouse.queryAll("""
                SELECT campaign_id, contact_id,
                       toUnixTimestamp64Milli(min(first_send)) AS first_send,
                       toUnixTimestamp64Milli(min(first_engagement)) AS first_engagement,
                       arrayMap(t -> toInt64(toUnixTimestamp(t)), groupUniqArrayArray(opens)) AS opens,
                       arrayMap(t -> toInt64(toUnixTimestamp(t)), groupUniqArrayArray(clicks)) AS clicks,
                       arrayMap(t -> toInt64(toUnixTimestamp(t)), groupUniqArrayArray(replies)) AS replies,
                       arrayMap(c -> concat(c.event_id, '|', toString(toUnixTimestamp64Milli(c.occurred_at)), '|',
                                            c.currency, '|', toString(c.value)),
                                groupUniqArrayArray(conversions)) AS conversions
                FROM penguinmails.cohort_activity
                WHERE tenant_id = '""" + pipeline.tenant + "' GROUP BY campaign_id, contact_id")) {
            rows.put(row.getString("campaign_id") + "/" + row.getString("contact_id"), new ContactRow(
                    millisText(row, "first_send"), millisText(row, "first_engagement"), longs(row, "opens"),
                    longs(row, "clicks"), longs(row, "replies"), Set.copyOf(row.<String>getList("conversions"))));
        }
        return rows;
    }

    private static String conversionText(String eventId, long millis, String currency, BigDecimal value) {
        return eventId + "|" + millis + "|" + currency + "|" + value.stripTrailingZeros().toPlainString();
    }

    private static String text(Instant instant) {
        return instant == null ? "-" : Long.toString(instant.toEpochMilli());
    }

    private static String millisText(GenericRecord row, String column) {
        return row.getObject(column) == null ? "-" : Long.toString(row.getLong(column));
    }

    private static Set<Long> longs(GenericRecord row, String column) {
        List<Number> values = row.getList(column);
        return Set.copyOf(values.stream().map(Number::longValue).toList());
    }
}
