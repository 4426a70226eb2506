package com.penguinmails.embedded.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.ServerException;
import com.clickhouse.client.api.insert.InsertResponse;
import com.clickhouse.client.api.insert.InsertSettings;
import com.clickhouse.client.api.query.GenericRecord;
import com.clickhouse.client.api.query.QuerySettings;
import com.clickhouse.data.ClickHouseFormat;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The official client-v2, unchanged and with its default compression, against the embedded engine. */
class ClientV2IT {

    private static final Logger LOG = LoggerFactory.getLogger(ClientV2IT.class);

    @TempDir
    static Path dataDir;

    static EmbeddedClickHouse clickHouse;
    static Client client;

    @BeforeAll
    static void startEngine() throws Exception {
        clickHouse = EmbeddedClickHouse.start(dataDir);
        client = clientBuilder().build();
    }

    @AfterAll
    static void stopEngine() {
        client.close();
        clickHouse.close();
    }

    static Client.Builder clientBuilder() {
        return new Client.Builder().addEndpoint(clickHouse.httpUrl()).setUsername("default").setPassword("");
    }

    @Test
    void pingsTheServer() {
        assertThat(client.ping()).isTrue();
    }

    @Test
    void insertsAMillionRowBinaryRowsExactly() throws Exception {
        client.execute("CREATE TABLE million (id Int64, tenant LowCardinality(String), body String, value Float64, "
                + "ts DateTime64(3, 'UTC')) ENGINE = MergeTree ORDER BY id").get(1, TimeUnit.MINUTES);
        client.register(EventRow.class, client.getTableSchema("million"));
        int rows = 1_000_000;
        List<EventRow> batch = new ArrayList<>(rows);
        Instant base = Instant.parse("2026-11-25T10:00:00Z");
        for (int i = 0; i < rows; i++) {
            // Every thousandth body holds a blank line, which inline data would silently stop at.
            String body = i % 1000 == 0 ? "first line\n\nafter a blank line" : "body " + (i % 97);
            batch.add(new EventRow(i, "tenant-" + (i % 10), body, i * 0.5, base.plusMillis(i)));
        }

        long started = System.nanoTime();
        InsertResponse response = client.insert("million", batch).get(2, TimeUnit.MINUTES);
        long insertMillis = (System.nanoTime() - started) / 1_000_000;
        batch.clear();

        assertThat(response.getWrittenRows()).isEqualTo(rows);
        GenericRecord totals = client.queryAll("SELECT count() AS rows, sum(id) AS ids, "
                + "countIf(body = 'first line\\n\\nafter a blank line') AS blanks, max(ts) AS last FROM million").get(0);
        assertThat(totals.getLong("rows")).isEqualTo(rows);
        assertThat(totals.getLong("ids")).isEqualTo((long) rows * (rows - 1) / 2);
        assertThat(totals.getLong("blanks")).isEqualTo(rows / 1000);
        assertThat(totals.getInstant("last")).isEqualTo(base.plusMillis(rows - 1));

        String groupBy = "SELECT tenant, count() AS n, avg(value) AS average FROM million GROUP BY tenant ORDER BY tenant";
        List<Long> groupByMillis = new ArrayList<>();
        List<GenericRecord> groups = List.of();
        for (int run = 0; run < 5; run++) {
            long queryStarted = System.nanoTime();
            groups = client.queryAll(groupBy);
            groupByMillis.add((System.nanoTime() - queryStarted) / 1_000_000);
        }
        assertThat(groups).hasSize(10);
        assertThat(groups).allSatisfy(group -> assertThat(group.getLong("n")).isEqualTo(rows / 10));
        LOG.info("1M-row RowBinary insert through client-v2 (POJOs, LZ4 responses): {} ms; GROUP BY over 1M rows: "
                + "{} ms (five runs)", insertMillis, groupByMillis);
    }

    @Test
    void bindsQueryParametersOnTheServer() {
        List<GenericRecord> records = client.queryAll(
                "SELECT {answer:UInt32} + 1 AS next, {tenant:String} AS tenant, {day:Date} AS day",
                Map.of("answer", 41, "tenant", "acme's", "day", "2026-11-25"));

        assertThat(records).hasSize(1);
        assertThat(records.get(0).getLong("next")).isEqualTo(42);
        assertThat(records.get(0).getString("tenant")).isEqualTo("acme's");
        assertThat(records.get(0).getLocalDate("day")).hasToString("2026-11-25");
    }

    @Test
    void reportsServerErrorsWithTheirCodes() {
        ServerException unknownTable = serverError(() -> client.queryAll("SELECT * FROM no_such_table"));
        ServerException syntaxError = serverError(() -> client.query("SELEC 1 FROM").get(1, TimeUnit.MINUTES));

        assertThat(unknownTable.getCode()).isEqualTo(60);
        assertThat(unknownTable.getTransportProtocolCode()).isEqualTo(404);
        assertThat(unknownTable.getMessage()).contains("no_such_table");
        assertThat(syntaxError.getCode()).isEqualTo(62);
        assertThat(syntaxError.getTransportProtocolCode()).isEqualTo(400);
        assertThat(syntaxError.getMessage()).contains("Syntax error");
    }

    @Test
    void runsQueriesFromSeveralThreadsAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                int offset = task;
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        long n = 200_000 + offset * 1000L + i;
                        GenericRecord row = client.queryAll("SELECT sum(number) AS total FROM numbers(" + n + ")")
                                .get(0);
                        if (row.getBigInteger("total").longValue() != n * (n - 1) / 2) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(2, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void dropsARepeatedInsertCarryingTheSameDeduplicationToken() throws Exception {
        client.execute("CREATE TABLE dedup (id UInt32, note String) ENGINE = MergeTree ORDER BY id "
                + "SETTINGS non_replicated_deduplication_window = 100").get(1, TimeUnit.MINUTES);
        byte[] rows = "1\tfirst\n2\tsecond\n".getBytes(StandardCharsets.UTF_8);

        for (int attempt = 0; attempt < 3; attempt++) {
            client.insert("dedup", new ByteArrayInputStream(rows),
                    ClickHouseFormat.TabSeparated,
                    new InsertSettings().setDeduplicationToken("checkpoint-7/subtask-0")).get(1, TimeUnit.MINUTES);
        }
        assertThat(count("dedup")).isEqualTo(2);

        client.insert("dedup", new ByteArrayInputStream(rows), ClickHouseFormat.TabSeparated,
                new InsertSettings().setDeduplicationToken("checkpoint-8/subtask-0")).get(1, TimeUnit.MINUTES);
        client.insert("dedup", new ByteArrayInputStream(rows), ClickHouseFormat.TabSeparated)
                .get(1, TimeUnit.MINUTES);
        assertThat(count("dedup")).isEqualTo(6);
    }

    @Test
    void appliesPerRequestSettingsWithoutLeakingThemIntoLaterRequests() {
        String query = "SELECT getSetting('max_result_rows') AS value";
        for (int i = 0; i < 10; i++) {
            GenericRecord with = client.queryAll(query, new QuerySettings().serverSetting("max_result_rows", "1234"))
                    .get(0);
            GenericRecord without = client.queryAll(query).get(0);
            assertThat(with.getLong("value")).isEqualTo(1234);
            assertThat(without.getLong("value")).isZero();
        }
    }

    @Test
    void usesTheClientsDefaultDatabase() throws Exception {
        client.execute("CREATE DATABASE IF NOT EXISTS analytics").get(1, TimeUnit.MINUTES);
        try (Client analytics = clientBuilder().setDefaultDatabase("analytics").build()) {
            analytics.execute("CREATE TABLE IF NOT EXISTS daily (d Date) ENGINE = MergeTree ORDER BY d")
                    .get(1, TimeUnit.MINUTES);

            assertThat(analytics.queryAll("SELECT currentDatabase() AS db").get(0).getString("db"))
                    .isEqualTo("analytics");
            assertThat(client.queryAll("SELECT currentDatabase() AS db").get(0).getString("db"))
                    .isEqualTo("default");
            assertThat(client.queryAll("EXISTS TABLE analytics.daily").get(0).getLong(1)).isEqualTo(1);
        }
    }

    @Test
    void servesLargeResultsWithAndWithoutCompressionAndAcceptsCompressedRequests() throws Exception {
        String query = "SELECT number, toString(number) AS text FROM numbers(300000)";
        try (Client plain = clientBuilder().compressServerResponse(false).build();
             Client compressing = clientBuilder().compressClientRequest(true).build();
             Client httpCompressing = clientBuilder().useHttpCompression(true).compressClientRequest(true).build()) {
            for (Client each : List.of(client, plain, httpCompressing)) {
                List<GenericRecord> rows = each.queryAll(query);
                assertThat(rows).hasSize(300_000);
                assertThat(rows.get(299_999).getString("text")).isEqualTo("299999");
            }
            client.execute("CREATE TABLE compressed (id UInt32, text String) ENGINE = MergeTree ORDER BY id")
                    .get(1, TimeUnit.MINUTES);
            InsertResponse blocks = compressing.insert("compressed", new ByteArrayInputStream(tsvRows(50_000)),
                    ClickHouseFormat.TabSeparated).get(1, TimeUnit.MINUTES);
            // Kept small: the client compresses HTTP bodies with commons-compress's pure-Java LZ4, which is slow.
            InsertResponse framed = httpCompressing.insert("compressed", new ByteArrayInputStream(tsvRows(2_000)),
                    ClickHouseFormat.TabSeparated).get(1, TimeUnit.MINUTES);
            assertThat(blocks.getWrittenRows()).isEqualTo(50_000);
            assertThat(framed.getWrittenRows()).isEqualTo(2_000);
            assertThat(count("compressed")).isEqualTo(52_000);
        }
    }

    private static byte[] tsvRows(int rows) {
        StringBuilder tsv = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            tsv.append(i).append('\t').append("row ").append(i).append('\n');
        }
        return tsv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ServerException serverError(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServerException serverException) {
                return serverException;
            }
        }
        throw new AssertionError("Expected a ServerException, got " + thrown, thrown);
    }

    private static long count(String table) {
        return client.queryAll("SELECT count() AS n FROM " + table).get(0).getLong("n");
    }

    /** One row of the {@code million} table, written by the client's POJO serializer. */
    public static final class EventRow {

        private long id;
        private String tenant;
        private String body;
        private double value;
        private Instant ts;

        public EventRow() {
        }

        EventRow(long id, String tenant, String body, double value, Instant ts) {
            this.id = id;
            this.tenant = tenant;
            this.body = body;
            this.value = value;
            this.ts = ts;
        }

        public long getId() {
            return id;
        }

        public void setId(long id) {
            this.id = id;
        }

        public String getTenant() {
            return tenant;
        }

        public void setTenant(String tenant) {
            this.tenant = tenant;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }

        public double getValue() {
            return value;
        }

        public void setValue(double value) {
            this.value = value;
        }

        public Instant getTs() {
            return ts;
        }

        public void setTs(Instant ts) {
            this.ts = ts;
        }
    }
}
