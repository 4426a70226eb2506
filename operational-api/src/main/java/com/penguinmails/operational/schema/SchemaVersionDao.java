package com.penguinmails.operational.schema;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Reads which schema version the database is at, from Flyway's history table. */
public final class SchemaVersionDao {

    private static final String CURRENT_VERSION = """
            SELECT version FROM flyway_schema_history
            WHERE success AND version IS NOT NULL
            ORDER BY installed_rank DESC
            LIMIT 1""";

    private final Jdbi jdbi;

    public SchemaVersionDao(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Returns the version of the last successfully applied migration, or empty when none has run. */
    public Optional<String> currentVersion() {
        return jdbi.withHandle(handle -> handle.createQuery(CURRENT_VERSION).mapTo(String.class).findOne());
    }
}
