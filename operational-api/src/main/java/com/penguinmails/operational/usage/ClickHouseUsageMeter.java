package com.penguinmails.operational.usage;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.GenericRecord;
import com.clickhouse.client.api.query.QuerySettings;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@link UsageMeter} over the ClickHouse {@code events} table. Exact under duplicates: the table is a
 * ReplacingMergeTree that merges lazily, so an event delivered twice can sit in two parts for a while; counting
 * {@code uniqExact(event_id)} counts it once whether or not the merge happened ({@code event_id} is unique per tenant).
 * The sorting key starts with {@code (tenant_id, occurred_at)}, so one organisation's period reads only its own rows.
 * Values travel as bound query parameters.
 */
public final class ClickHouseUsageMeter implements UsageMeter {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Client client;
    private final String table;

    /** @param database the analytics database holding {@code events} */
    public ClickHouseUsageMeter(Client client, String database) {
        if (!IDENTIFIER.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        this.client = client;
        this.table = "`" + database + "`.`events`";
    }

    @Override
    public Map<String, Long> sentPerWorkspace(String tenantId, Instant from, Instant to) {
        List<GenericRecord> rows = client.queryAll("SELECT workspace_id, uniqExact(event_id) AS sent FROM " + table
                + " WHERE tenant_id = {t:String} AND event_type = 'send'"
                + " AND occurred_at >= fromUnixTimestamp64Milli({from:Int64}, 'UTC')"
                + " AND occurred_at < fromUnixTimestamp64Milli({to:Int64}, 'UTC')"
                + " GROUP BY workspace_id ORDER BY workspace_id",
                Map.of("t", tenantId, "from", from.toEpochMilli(), "to", to.toEpochMilli()), new QuerySettings());
        Map<String, Long> sent = new LinkedHashMap<>();
        for (GenericRecord row : rows) {
            sent.put(row.getString("workspace_id"), row.getLong("sent"));
        }
        return sent;
    }

    /**
     * Emails sent per organisation and workspace in one window for every organisation at once, in one scan (the
     * benchmark's whole-platform figure; reporting uses each organisation's own period).
     */
    public Map<String, Map<String, Long>> sentPerTenantAndWorkspace(Instant from, Instant to) {
        List<GenericRecord> rows = client.queryAll("SELECT tenant_id, workspace_id, uniqExact(event_id) AS sent FROM "
                + table + " WHERE event_type = 'send'"
                + " AND occurred_at >= fromUnixTimestamp64Milli({from:Int64}, 'UTC')"
                + " AND occurred_at < fromUnixTimestamp64Milli({to:Int64}, 'UTC')"
                + " GROUP BY tenant_id, workspace_id",
                Map.of("from", from.toEpochMilli(), "to", to.toEpochMilli()), new QuerySettings());
        Map<String, Map<String, Long>> sent = new LinkedHashMap<>();
        for (GenericRecord row : rows) {
            sent.computeIfAbsent(row.getString("tenant_id"), key -> new LinkedHashMap<>())
                    .put(row.getString("workspace_id"), row.getLong("sent"));
        }
        return sent;
    }
}
