package com.penguinmails.embedded.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The official JDBC driver (jdbc-v2), unchanged and with its default compression, against the embedded engine. */
class JdbcV2IT {

    @TempDir
    static Path dataDir;

    static EmbeddedClickHouse clickHouse;

    @BeforeAll
    static void startEngine() throws Exception {
        clickHouse = EmbeddedClickHouse.start(dataDir);
        // jdbc-v2 alone does not register itself with DriverManager.
        com.clickhouse.jdbc.Driver.load();
    }

    @AfterAll
    static void stopEngine() {
        clickHouse.close();
    }

    static Connection connect() throws SQLException {
        URI http = URI.create(clickHouse.httpUrl());
        Properties properties = new Properties();
        properties.setProperty("user", "default");
        properties.setProperty("password", "");
        return DriverManager.getConnection("jdbc:clickhouse://" + http.getHost() + ":" + http.getPort() + "/default",
                properties);
    }

    @Test
    void batchInsertsStringsWithEveryAwkwardCharacterAndReadsThemBackExactly() throws SQLException {
        List<String> texts = List.of(
                "plain",
                "it's \"quoted\"",
                "back\\slash \\n not a newline \\",
                "tab\there",
                "new\nline",
                "blank\n\nline",
                "\n\n\n",
                "",
                "trailing newline\n",
                "semi; colon, comma) paren (",
                "ünïcödé ✉️ 中文",
                "carriage\r\nreturn",
                "nul\u0000byte");
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE texts (id UInt32, body String) ENGINE = MergeTree ORDER BY id");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO texts (id, body) VALUES (?, ?)")) {
                for (int round = 0; round < 100; round++) {
                    for (int i = 0; i < texts.size(); i++) {
                        insert.setInt(1, round * texts.size() + i);
                        insert.setString(2, texts.get(i));
                        insert.addBatch();
                    }
                }
                int[] counts = insert.executeBatch();
                assertThat(counts).hasSize(100 * texts.size());
            }

            List<String> readBack = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT body FROM texts ORDER BY id")) {
                while (rows.next()) {
                    readBack.add(rows.getString(1));
                }
            }
            List<String> expected = new ArrayList<>();
            for (int round = 0; round < 100; round++) {
                expected.addAll(texts);
            }
            assertThat(readBack).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void bindsPreparedStatementParameters() throws SQLException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT number * ? AS scaled, concat(?, toString(number)) AS label FROM numbers(10) "
                             + "WHERE number >= ? ORDER BY number")) {
            query.setLong(1, 3);
            query.setString(2, "o'neil-");
            query.setInt(3, 8);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getLong("scaled") + " " + result.getString("label"));
                }
            }

            assertThat(rows).containsExactly("24 o'neil-8", "27 o'neil-9");
        }
    }

    @Test
    void mapsServerErrorsToSqlExceptionsWithTheServerCode() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM no_such_table"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(60);
                        assertThat(e.getMessage()).contains("no_such_table");
                    });
            assertThatThrownBy(() -> statement.executeQuery("SELEC 1 FROM"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(62));
            try (ResultSet stillUsable = statement.executeQuery("SELECT 1")) {
                assertThat(stillUsable.next()).isTrue();
            }
        }
    }

    @Test
    void answersTheDriversMetadataQueries() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS described (id UInt64, name String) ENGINE = Memory");

            assertThat(connection.isValid(5)).isTrue();
            assertThat(connection.getMetaData().getDatabaseProductVersion()).startsWith("26.5");
            try (ResultSet columns = connection.getMetaData().getColumns(null, "default", "described", null)) {
                List<String> names = new ArrayList<>();
                while (columns.next()) {
                    names.add(columns.getString("COLUMN_NAME"));
                }
                assertThat(names).containsExactly("id", "name");
            }
        }
    }
}
