package com.penguinmails.clickhouse;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.command.CommandResponse;
import com.clickhouse.client.api.command.CommandSettings;
import com.clickhouse.client.api.query.GenericRecord;
import com.clickhouse.client.api.query.QuerySettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a ClickHouse database up to date with the versioned DDL files of {@code schemas}
 * ({@link Migration#PLATFORM_MIGRATIONS}); the one migrator used by tests, the local demo and the services.
 *
 * <p>{@link #migrate()} creates the database if missing and a {@code schema_migrations} table in it (version, name,
 * SHA-256 checksum, applied_at), then applies each file not yet recorded, in index order, one statement at a time, and
 * records it once all its statements succeeded. A recorded file whose checksum differs from the file now shipped fails the
 * run before anything is applied: released migrations are never edited or silently re-applied. Running it again applies
 * nothing. Two processes migrating at once both apply the pending files, which is harmless because every statement is
 * written idempotently ({@code IF NOT EXISTS}); a file may then be recorded twice with the same checksum, which is
 * tolerated. A file whose statement fails is not recorded, so the next run retries it from its first statement.
 */
public final class ClickHouseMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(ClickHouseMigrator.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final long STATEMENT_TIMEOUT_SECONDS = 300;

    private final Client client;
    private final String database;
    private final List<Migration> migrations;

    /** A migrator for the platform's migrations shipped in {@code schemas}. */
    public ClickHouseMigrator(Client client, String database) {
        this(client, database, Migration.fromClasspath(Migration.PLATFORM_MIGRATIONS));
    }

    /**
     * A migrator for the given migrations, in the order they must be applied.
     *
     * @throws IllegalArgumentException if the database name is not a plain identifier
     */
    public ClickHouseMigrator(Client client, String database, List<Migration> migrations) {
        if (database == null || !IDENTIFIER.matcher(database).matches()) {
            throw new IllegalArgumentException("Database name must be a plain identifier, got: " + database);
        }
        this.client = client;
        this.database = database;
        this.migrations = List.copyOf(migrations);
    }

    /**
     * Applies every migration not yet recorded in the database.
     *
     * @return the file names applied by this call, in order; empty when the database was already up to date
     * @throws ClickHouseMigrationException if an applied file was changed since, or a statement fails
     */
    public List<String> migrate() {
        execute("CREATE DATABASE IF NOT EXISTS `" + database + "`", "system");
        execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                + " version UInt32, name String, checksum String, applied_at DateTime64(3, 'UTC'))"
                + " ENGINE = MergeTree ORDER BY (version, applied_at)", database);

        Map<Integer, Recorded> applied = appliedMigrations();
        verifyUnchanged(applied);

        List<String> newlyApplied = new ArrayList<>();
        for (Migration migration : migrations) {
            if (applied.containsKey(migration.version())) {
                continue;
            }
            apply(migration);
            newlyApplied.add(migration.name());
        }
        if (newlyApplied.isEmpty()) {
            LOG.info("ClickHouse database {} is up to date ({} migrations)", database, migrations.size());
        }
        return newlyApplied;
    }

    private Map<Integer, Recorded> appliedMigrations() {
        QuerySettings settings = new QuerySettings().setDatabase(database);
        List<GenericRecord> rows = client.queryAll(
                "SELECT version, name, checksum FROM schema_migrations ORDER BY version, applied_at", settings);
        Map<Integer, Recorded> applied = new HashMap<>();
        for (GenericRecord row : rows) {
            int version = (int) row.getLong("version");
            Recorded recorded = new Recorded(row.getString("name"), row.getString("checksum"));
            Recorded earlier = applied.putIfAbsent(version, recorded);
            if (earlier != null && !earlier.equals(recorded)) {
                throw new ClickHouseMigrationException("Database " + database + " recorded version " + version
                        + " twice, as " + earlier + " and " + recorded + "; inspect " + database + ".schema_migrations");
            }
        }
        return applied;
    }

    private void verifyUnchanged(Map<Integer, Recorded> applied) {
        for (Migration migration : migrations) {
            Recorded recorded = applied.get(migration.version());
            if (recorded != null && !recorded.equals(new Recorded(migration.name(), migration.checksum()))) {
                throw new ClickHouseMigrationException("Migration " + migration.name() + " (version "
                        + migration.version() + ") differs from what database " + database + " applied: " + recorded
                        + ", now checksum " + migration.checksum() + ". Applied migrations must never change:"
                        + " restore the file and add a new migration instead.");
            }
        }
        applied.forEach((version, recorded) -> {
            if (migrations.stream().noneMatch(m -> m.version() == version)) {
                LOG.warn("Database {} has migration {} applied that this build does not know (written by a newer build)",
                        database, recorded.name());
            }
        });
    }

    private void apply(Migration migration) {
        List<String> statements = migration.statements();
        LOG.info("Applying ClickHouse migration {} to {} ({} statements)", migration.name(), database, statements.size());
        for (int i = 0; i < statements.size(); i++) {
            try {
                execute(statements.get(i), database);
            } catch (ClickHouseMigrationException e) {
                throw new ClickHouseMigrationException("Migration " + migration.name() + " failed at statement " + (i + 1)
                        + " of " + statements.size() + ": " + e.getMessage(), e);
            }
        }
        execute("INSERT INTO schema_migrations (version, name, checksum, applied_at)"
                + " SELECT {version:UInt32}, {name:String}, {checksum:String}, now64(3)", database,
                Map.of("version", migration.version(), "name", migration.name(), "checksum", migration.checksum()));
    }

    private void execute(String sql, String inDatabase) {
        execute(sql, inDatabase, Map.of());
    }

    private void execute(String sql, String inDatabase, Map<String, Object> parameters) {
        CommandSettings settings = new CommandSettings();
        settings.setDatabase(inDatabase);
        try (CommandResponse ignored = client.execute(sql, parameters, settings)
                .get(STATEMENT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            // The response carries only statistics; closing it releases the connection.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClickHouseMigrationException("Interrupted while running: " + firstLine(sql), e);
        } catch (ExecutionException e) {
            throw new ClickHouseMigrationException(e.getCause().getMessage() + " [" + firstLine(sql) + "]", e.getCause());
        } catch (TimeoutException e) {
            throw new ClickHouseMigrationException("No answer within " + STATEMENT_TIMEOUT_SECONDS + " s: "
                    + firstLine(sql), e);
        } catch (RuntimeException e) {
            throw new ClickHouseMigrationException(e.getMessage() + " [" + firstLine(sql) + "]", e);
        } catch (Exception e) {
            throw new ClickHouseMigrationException("Cannot close response of: " + firstLine(sql), e);
        }
    }

    private static String firstLine(String sql) {
        return sql.lines().filter(line -> !line.isBlank() && !line.strip().startsWith("--")).findFirst().orElse(sql).strip();
    }

    /** A row of schema_migrations: what was applied under one version. */
    private record Recorded(String name, String checksum) {
        @Override
        public String toString() {
            return name + " (checksum " + checksum + ")";
        }
    }
}
