package com.penguinmails.operational.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the PostgreSQL schema up to date with the migrations shipped in {@value #LOCATION} ({@code V<n>__<what>.sql},
 * applied once each, in version order, recorded in {@code flyway_schema_history}).
 */
public final class SchemaMigrator {

    /** Where the migrations live on the classpath. */
    public static final String LOCATION = "classpath:db/migration";

    private final Flyway flyway;

    /** @param dataSource the database to migrate; the migrator borrows connections and returns them */
    public SchemaMigrator(DataSource dataSource) {
        this.flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load();
    }

    /**
     * Applies every pending migration; does nothing when the schema is current.
     *
     * @return how many migrations ran
     * @throws org.flywaydb.core.api.FlywayException when a migration fails or an applied one was changed
     */
    public int migrate() {
        MigrateResult result = flyway.migrate();
        return result.migrationsExecuted;
    }
}
