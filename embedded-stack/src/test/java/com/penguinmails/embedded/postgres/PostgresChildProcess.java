package com.penguinmails.embedded.postgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Starts PostgreSQL in a JVM of its own and writes a row, so a test can kill that JVM and inspect what remains.
 * Prints {@value #READY} once the row is written, then waits to be killed.
 */
public final class PostgresChildProcess {

    static final String READY = "postgres-ready";

    private PostgresChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(Path.of(args[0]));
        try (Connection connection = postgres.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table orphan_marker (note text)");
            statement.execute("insert into orphan_marker values ('written before the kill')");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
