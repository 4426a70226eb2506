package com.penguinmails.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedStackExtension.class)
class ClickHouseMigratorIT {

    private static final List<Migration> ORIGINAL = Migration.fromClasspath("clickhouse/test/original");
    private static final List<Migration> EDITED = Migration.fromClasspath("clickhouse/test/edited");

    private static Client client;

    @BeforeAll
    static void connect(EmbeddedStack stack) {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(stack.clickHouse().httpUrl());
        // The helpers below name databases explicitly; each test migrates its own database.
        factory.setDatabase("default");
        client = factory.build();
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void createsTheEventsTableWithTheColumnsTheOtherModulesUse() {
        List<String> applied = new ClickHouseMigrator(client, "migrator_it_platform").migrate();

        assertThat(applied).startsWith("V0001__events.sql");
        List<GenericRecord> columns = client.queryAll("SELECT name, type FROM system.columns"
                + " WHERE database = 'migrator_it_platform' AND table = 'events' ORDER BY position");
        assertThat(columns).extracting(c -> c.getString("name") + " " + c.getString("type")).startsWith(
                "tenant_id LowCardinality(String)", "occurred_at DateTime64(3, 'UTC')", "event_id String",
                "event_type LowCardinality(String)", "received_at DateTime64(3, 'UTC')");
        assertThat(columns).extracting(c -> c.getString("name")).contains("workspace_id", "message_id", "campaign_id",
                "variant", "sequence_step", "mailbox", "sending_domain", "sending_ip", "contact_id", "recipient_domain",
                "recipient_timezone", "remote_mx", "bounce_type", "bounce_reason", "enhanced_status_code", "smtp_code",
                "diagnostic", "ip", "user_agent", "url", "link_index", "http_method", "is_auto_reply", "feedback_type",
                "conversion_type", "conversion_value", "currency");
        assertThat(columns).filteredOn(c -> c.getString("name").equals("conversion_value"))
                .extracting(c -> c.getString("type")).containsExactly("Decimal(18, 4)");
    }

    @Test
    void appliesNothingTheSecondTime() {
        ClickHouseMigrator migrator = new ClickHouseMigrator(client, "migrator_it_twice", ORIGINAL);

        assertThat(migrator.migrate()).containsExactly("V0001__notes.sql", "V0002__note_counts.sql");
        assertThat(migrator.migrate()).isEmpty();
        assertThat(recorded("migrator_it_twice")).containsExactly(
                "1 V0001__notes.sql " + ORIGINAL.get(0).checksum(),
                "2 V0002__note_counts.sql " + ORIGINAL.get(1).checksum());
        assertThat(tables("migrator_it_twice")).containsExactly("note_counts", "note_tags", "notes", "schema_migrations");
    }

    @Test
    void appliesOnlyTheMigrationsAddedSinceTheLastRun() {
        new ClickHouseMigrator(client, "migrator_it_incremental", ORIGINAL.subList(0, 1)).migrate();

        List<String> applied = new ClickHouseMigrator(client, "migrator_it_incremental", ORIGINAL).migrate();

        assertThat(applied).containsExactly("V0002__note_counts.sql");
        assertThat(recorded("migrator_it_incremental")).hasSize(2);
    }

    @Test
    void failsLoudlyWhenAnAppliedFileWasEdited() {
        new ClickHouseMigrator(client, "migrator_it_edited", ORIGINAL.subList(0, 1)).migrate();

        assertThatThrownBy(() -> new ClickHouseMigrator(client, "migrator_it_edited", EDITED).migrate())
                .isInstanceOf(ClickHouseMigrationException.class)
                .hasMessageContaining("V0001__notes.sql")
                .hasMessageContaining(ORIGINAL.get(0).checksum())
                .hasMessageContaining(EDITED.get(0).checksum());
        assertThat(recorded("migrator_it_edited")).hasSize(1);
        assertThat(tables("migrator_it_edited")).doesNotContain("note_counts");
        List<GenericRecord> notesColumns = client.queryAll("SELECT name FROM system.columns"
                + " WHERE database = 'migrator_it_edited' AND table = 'notes'");
        assertThat(notesColumns).extracting(c -> c.getString("name")).containsExactlyInAnyOrder("id", "body");
    }

    @Test
    void doesNotRecordAFileWhoseStatementFails() {
        List<Migration> broken = List.of(ORIGINAL.get(0),
                Migration.of("V0002__broken.sql", "CREATE TABLE IF NOT EXISTS ok_first (x UInt8) ENGINE = Memory;\n"
                        + "CREATE TABLE IF NOT EXISTS broken (x NoSuchType) ENGINE = Memory;\n"));

        assertThatThrownBy(() -> new ClickHouseMigrator(client, "migrator_it_broken", broken).migrate())
                .isInstanceOf(ClickHouseMigrationException.class)
                .hasMessageContaining("V0002__broken.sql failed at statement 2 of 2")
                .hasMessageContaining("NoSuchType");
        assertThat(recorded("migrator_it_broken")).singleElement().asString().contains("V0001__notes.sql");
    }

    @Test
    void survivesTwoMigratorsRunningAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<List<String>> run = () -> new ClickHouseMigrator(client, "migrator_it_concurrent", ORIGINAL).migrate();
            List<Future<List<String>>> results = pool.invokeAll(List.of(run, run));
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isSubsetOf("V0001__notes.sql", "V0002__note_counts.sql");
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(new ClickHouseMigrator(client, "migrator_it_concurrent", ORIGINAL).migrate()).isEmpty();
        assertThat(tables("migrator_it_concurrent")).contains("notes", "note_tags", "note_counts");
    }

    private static List<String> recorded(String database) {
        return client.queryAll("SELECT version, name, checksum FROM " + database + ".schema_migrations ORDER BY version")
                .stream()
                .map(r -> r.getLong("version") + " " + r.getString("name") + " " + r.getString("checksum"))
                .toList();
    }

    private static List<String> tables(String database) {
        return client.queryAll("SELECT name FROM system.tables WHERE database = {db:String} ORDER BY name",
                        Map.of("db", database))
                .stream().map(r -> r.getString("name")).toList();
    }
}
