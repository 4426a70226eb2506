package com.penguinmails.operational.usage;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.insert.InsertSettings;
import com.clickhouse.data.ClickHouseFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Rows of the ClickHouse {@code events} table for usage tests, inserted as one block each call (JSONEachRow), the way
 * the stream job's sink writes them.
 */
public final class AnalyticsEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private final Client client;

    public AnalyticsEvents(Client client) {
        this.client = client;
    }

    /** One event row. */
    public record Row(String tenantId, String workspaceId, String eventId, String type, Instant occurredAt) {
    }

    /** Inserts {@code rows} as one block. */
    public void insert(List<Row> rows) throws Exception {
        StringBuilder body = new StringBuilder();
        for (Row row : rows) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("tenant_id", row.tenantId());
            json.put("occurred_at", DATE_TIME.format(row.occurredAt()));
            json.put("event_id", row.eventId());
            json.put("event_type", row.type());
            json.put("received_at", DATE_TIME.format(row.occurredAt().plusSeconds(1)));
            json.put("workspace_id", row.workspaceId());
            json.put("message_id", "m-" + row.eventId());
            json.put("contact_id", "ct-" + row.eventId());
            json.put("link_index", -1);
            body.append(JSON.writeValueAsString(json)).append('\n');
        }
        client.insert("events", new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)),
                ClickHouseFormat.JSONEachRow, new InsertSettings()).get(60, TimeUnit.SECONDS).close();
    }
}
