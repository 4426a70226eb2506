package com.penguinmails.streamjobs.aggregates;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.GenericRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The aggregate tables of one tenant as ClickHouse holds them, summed per key (SummingMergeTree merges lazily). */
final class StoredAggregates {

    /** The deliverability tables. */
    static final List<String> DELIVERABILITY_TABLES =
            List.of("deliverability_minute", "deliverability_hour", "deliverability_day");

    private StoredAggregates() {
    }

    static Map<DeliverabilityKey, List<Long>> deliverability(Client clickHouse, String table, String tenant) {
        String sums = ReferenceAggregates.COUNTERS.stream()
                .map(column -> "toInt64(sum(" + column + ")) AS " + column)
                .collect(Collectors.joining(", "));
        Map<DeliverabilityKey, List<Long>> rows = new HashMap<>();
        for (GenericRecord row : clickHouse.queryAll("SELECT toInt64(toUnixTimestamp(bucket)) AS bucket_s,"
                + " mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id, variant, sequence_step,"
                + " bounce_reason, " + sums + " FROM penguinmails." + table + " WHERE tenant_id = '" + tenant + "'"
                + " GROUP BY bucket_s, mailbox_provider, sending_domain, sending_ip, mailbox, campaign_id, variant,"
                + " sequence_step, bounce_reason")) {
            DeliverabilityKey key = new DeliverabilityKey(row.getLong("bucket_s"), row.getString("mailbox_provider"),
                    row.getString("sending_domain"), row.getString("sending_ip"), row.getString("mailbox"),
                    row.getString("campaign_id"), row.getString("variant"), row.getInteger("sequence_step"),
                    row.getString("bounce_reason"));
            rows.put(key, counters(row, ReferenceAggregates.COUNTERS));
        }
        return rows;
    }

    static Map<HeatmapKey, List<Long>> heatmap(Client clickHouse, String tenant) {
        String sums = ReferenceAggregates.HEATMAP_COUNTERS.stream()
                .map(column -> "toInt64(sum(" + column + ")) AS " + column)
                .collect(Collectors.joining(", "));
        Map<HeatmapKey, List<Long>> rows = new HashMap<>();
        for (GenericRecord row : clickHouse.queryAll("SELECT toInt64(toUnixTimestamp(bucket)) AS bucket_s, campaign_id,"
                + " day_of_week, hour, " + sums + " FROM penguinmails.engagement_heatmap WHERE tenant_id = '" + tenant
                + "' GROUP BY bucket_s, campaign_id, day_of_week, hour")) {
            HeatmapKey key = new HeatmapKey(row.getLong("bucket_s"), row.getString("campaign_id"),
                    row.getInteger("day_of_week"), row.getInteger("hour"));
            rows.put(key, counters(row, ReferenceAggregates.HEATMAP_COUNTERS));
        }
        return rows;
    }

    /** Up to 20 keys whose counters differ, each described; empty when both maps are equal. */
    static <K> List<String> differences(Map<K, List<Long>> expected, Map<K, List<Long>> actual) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>();
        Map<String, K> byText = new HashMap<>();
        for (K key : expected.keySet()) {
            byText.put(key.toString(), key);
        }
        for (K key : actual.keySet()) {
            byText.put(key.toString(), key);
        }
        keys.addAll(byText.keySet());
        for (String text : keys) {
            K key = byText.get(text);
            if (!Objects.equals(expected.get(key), actual.get(key))) {
                differences.add(text + ": expected " + expected.get(key) + ", stored " + actual.get(key));
                if (differences.size() == 20) {
                    break;
                }
            }
        }
        return differences;
    }

    private static List<Long> counters(GenericRecord row, List<String> columns) {
        return columns.stream().map(row::getLong).toList();
    }
}
