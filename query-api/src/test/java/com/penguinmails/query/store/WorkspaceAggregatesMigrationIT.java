package com.penguinmails.query.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.clickhouse.client.api.Client;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.clickhouse.Migration;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Migration V0007 in the real embedded ClickHouse: events stored before it are back-filled into the deliverability
 * and heatmap aggregates with their workspace, each counted once, and events stored after it reach the aggregates
 * through the modified views with theirs.
 */
@ExtendWith(EmbeddedStackExtension.class)
class WorkspaceAggregatesMigrationIT {

    private static final String DATABASE = "workspace_migration_it";
    private static final String COLUMNS = "tenant_id, event_id, event_type, occurred_at, message_id, workspace_id,"
            + " campaign_id, engagement_class";

    @Test
    void backFillsEarlierEventsPerWorkspaceAndKeepsCountingLaterOnes(EmbeddedStack stack) {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(stack.clickHouse().httpUrl());
        factory.setDatabase(DATABASE);
        try (Client client = factory.build()) {
            List<Migration> all = Migration.fromClasspath(Migration.PLATFORM_MIGRATIONS);
            List<Migration> beforeV7 = all.stream().filter(migration -> migration.version() < 7).toList();
            new ClickHouseMigrator(client, DATABASE, beforeV7).migrate();
            client.queryAll("INSERT INTO events (" + COLUMNS + ") VALUES"
                    + " ('acme', 'e1', 'send', '2026-11-02 09:00:00', 'm1', 'ws-a', 'c-1', ''),"
                    + " ('acme', 'e2', 'send', '2026-11-02 09:01:00', 'm2', 'ws-a', 'c-1', ''),"
                    + " ('acme', 'e3', 'send', '2026-11-02 09:02:00', 'm3', 'ws-b', 'c-1', ''),"
                    + " ('acme', 'e4', 'open', '2026-11-02 10:00:00', 'm3', 'ws-b', 'c-1', 'human')");
            // A replayed insert of e1: the events table keeps it until a merge, the back-fill must count it once.
            client.queryAll("INSERT INTO events (" + COLUMNS + ") VALUES"
                    + " ('acme', 'e1', 'send', '2026-11-02 09:00:00', 'm1', 'ws-a', 'c-1', '')");
            assertThat(client.queryAll("SELECT toInt64(sum(sent)) AS n FROM deliverability_day").get(0).getLong("n"))
                    .as("the V0003 view counted the replay too").isEqualTo(4);

            assertThat(new ClickHouseMigrator(client, DATABASE, all).migrate())
                    .contains("V0007__workspace_aggregates.sql");

            for (String table : List.of("deliverability_minute", "deliverability_hour", "deliverability_day")) {
                assertThat(sentPerWorkspace(client, table)).as(table)
                        .containsOnly(Map.entry("ws-a", 2L), Map.entry("ws-b", 1L));
            }
            assertThat(heatmapPerWorkspace(client)).containsOnly(Map.entry("ws-a", 2L), Map.entry("ws-b", 2L));

            client.queryAll("INSERT INTO events (" + COLUMNS + ") VALUES"
                    + " ('acme', 'e5', 'send', '2026-11-02 11:00:00', 'm5', 'ws-c', 'c-2', '')");
            for (String table : List.of("deliverability_minute", "deliverability_hour", "deliverability_day")) {
                assertThat(sentPerWorkspace(client, table)).as(table)
                        .containsOnly(Map.entry("ws-a", 2L), Map.entry("ws-b", 1L), Map.entry("ws-c", 1L));
            }
        }
    }

    private static Map<String, Long> sentPerWorkspace(Client client, String table) {
        return perWorkspace(client, "SELECT workspace_id AS w, toInt64(sum(sent)) AS n FROM " + table
                + " GROUP BY w HAVING n > 0");
    }

    private static Map<String, Long> heatmapPerWorkspace(Client client) {
        return perWorkspace(client, "SELECT workspace_id AS w, toInt64(sum(sends) + sum(opens_human)) AS n"
                + " FROM engagement_heatmap GROUP BY w");
    }

    private static Map<String, Long> perWorkspace(Client client, String sql) {
        Map<String, Long> counts = new TreeMap<>();
        client.queryAll(sql).forEach(row -> counts.put(row.getString("w"), row.getLong("n")));
        return counts;
    }
}
