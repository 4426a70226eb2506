package com.penguinmails.embedded.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIT {

    @TempDir
    Path dir;

    @Test
    void runsPostgreSql18ReachableByUrlAndDataSource() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir)) {
            try (Connection connection = DriverManager.getConnection(
                    postgres.jdbcUrl(), postgres.username(), postgres.password())) {
                assertThat(queryString(connection, "select version()")).startsWith("PostgreSQL 18.");
            }
            try (Connection connection = postgres.dataSource().getConnection()) {
                assertThat(queryString(connection, "show server_version_num")).startsWith("18");
            }
        }
    }

    @Test
    void keepsDataAcrossRestartOnSameDirectory() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir);
             Connection connection = postgres.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table survivors (name text primary key)");
            statement.execute("insert into survivors values ('kept')");
        }

        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir);
             Connection connection = postgres.dataSource().getConnection()) {
            assertThat(queryString(connection, "select name from survivors")).isEqualTo("kept");
        }
    }

    @Test
    void keepsBinariesAndDataUnderItsDirectoryAndStopsOnClose() throws Exception {
        String jdbcUrl;
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir)) {
            jdbcUrl = postgres.jdbcUrl();
            try (Connection connection = postgres.dataSource().getConnection()) {
                assertThat(Path.of(queryString(connection, "show data_directory")))
                        .isEqualTo(dir.toAbsolutePath().resolve("data"));
            }
            try (Stream<Path> unpacked = Files.list(dir.resolve("work"))) {
                assertThat(unpacked).anySatisfy(pgDir -> assertThat(pgDir.resolve("bin/postgres")).isExecutable());
            }
        }

        assertThatThrownBy(() -> DriverManager.getConnection(jdbcUrl, "postgres", "postgres").close())
                .isInstanceOf(SQLException.class);
        assertThat(dir.resolve("data/postmaster.pid")).doesNotExist();
    }

    @Test
    void takesOverDataDirectoryFromKilledJvm() throws Exception {
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                PostgresChildProcess.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(output.lines().anyMatch(PostgresChildProcess.READY::equals)).isTrue();
        } finally {
            child.destroyForcibly().waitFor();
        }
        long orphanPid = Long.parseLong(Files.readAllLines(dir.resolve("data/postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphanPid)).as("postmaster left running by the killed JVM").isPresent();

        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir);
             Connection connection = postgres.dataSource().getConnection()) {
            assertThat(queryString(connection, "select note from orphan_marker")).isEqualTo("written before the kill");
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
    }

    private static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
