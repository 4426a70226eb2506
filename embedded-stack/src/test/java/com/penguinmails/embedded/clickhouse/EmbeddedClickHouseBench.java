package com.penguinmails.embedded.clickhouse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.insert.InsertResponse;
import com.clickhouse.data.ClickHouseFormat;

/**
 * Prints how long a 1M-row RowBinary insert and a GROUP BY over 1M rows take through the HTTP protocol, with the
 * official client-v2 and JDBC driver (default compression). Not a test: run it by hand, e.g.
 * {@code java -cp <test classpath> com.penguinmails.embedded.clickhouse.EmbeddedClickHouseBench [runs]}.
 */
public final class EmbeddedClickHouseBench {

    private static final int ROWS = 1_000_000;

    private EmbeddedClickHouseBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dataDir = Files.createTempDirectory("clickhouse-bench-");
        try {
            run(dataDir, runs);
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void run(Path dataDir, int runs) throws Exception {
        try (EmbeddedClickHouse clickHouse = EmbeddedClickHouse.start(dataDir);
             Client client = new Client.Builder().addEndpoint(clickHouse.httpUrl()).setUsername("default")
                     .setPassword("").build()) {
            client.execute("CREATE TABLE bench (id UInt64, tenant LowCardinality(String), campaign String, "
                    + "value Float64) ENGINE = MergeTree ORDER BY id").get(1, TimeUnit.MINUTES);
            byte[] rowBinary = rowBinary();
            System.out.printf("1M rows = %.1f MB of RowBinary%n", rowBinary.length / 1e6);
            List<Long> insertMillis = new ArrayList<>();
            List<Long> insertServerMillis = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                client.execute("TRUNCATE TABLE bench").get(1, TimeUnit.MINUTES);
                long started = System.nanoTime();
                InsertResponse response = client.insert("bench", new ByteArrayInputStream(rowBinary),
                        ClickHouseFormat.RowBinary).get(5, TimeUnit.MINUTES);
                insertMillis.add((System.nanoTime() - started) / 1_000_000);
                insertServerMillis.add(response.getServerTime() / 1_000_000);
                if (response.getWrittenRows() != ROWS) {
                    throw new IllegalStateException("wrote " + response.getWrittenRows() + " rows");
                }
            }
            System.out.println("client-v2 insert of 1M RowBinary rows, ms per run: " + insertMillis
                    + " (engine time " + insertServerMillis + ")");

            String groupBy = "SELECT tenant, count() AS n, sum(value) AS total FROM bench GROUP BY tenant "
                    + "ORDER BY tenant";
            List<Long> clientMillis = new ArrayList<>();
            for (int run = 0; run < runs * 4; run++) {
                long started = System.nanoTime();
                client.queryAll(groupBy);
                clientMillis.add((System.nanoTime() - started) / 1_000_000);
            }
            System.out.println("client-v2 GROUP BY over 1M rows, ms per run: " + clientMillis
                    + " median " + median(clientMillis));

            com.clickhouse.jdbc.Driver.load();
            URI http = URI.create(clickHouse.httpUrl());
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:clickhouse://" + http.getHost() + ":" + http.getPort() + "/default", "default", "");
                 Statement statement = connection.createStatement()) {
                List<Long> jdbcMillis = new ArrayList<>();
                for (int run = 0; run < runs * 4; run++) {
                    long started = System.nanoTime();
                    try (ResultSet rows = statement.executeQuery(groupBy)) {
                        while (rows.next()) {
                            rows.getLong("n");
                        }
                    }
                    jdbcMillis.add((System.nanoTime() - started) / 1_000_000);
                }
                System.out.println("JDBC GROUP BY over 1M rows, ms per run: " + jdbcMillis
                        + " median " + median(jdbcMillis));
            }
        }
    }

    private static byte[] rowBinary() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(ROWS * 40);
        byte[] number = new byte[8];
        for (long id = 0; id < ROWS; id++) {
            writeLong(out, number, id);
            writeString(out, "tenant-" + (id % 50));
            writeString(out, "campaign-" + (id % 5000));
            writeLong(out, number, Double.doubleToLongBits(id * 0.25));
        }
        return out.toByteArray();
    }

    private static void writeLong(ByteArrayOutputStream out, byte[] buffer, long value) {
        for (int i = 0; i < 8; i++) {
            buffer[i] = (byte) (value >>> (8 * i));
        }
        out.write(buffer, 0, 8);
    }

    private static void writeString(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
