package com.penguinmails.operational.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.operational.TestDatabases;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedStackExtension.class)
class SchemaMigratorIT {

    @Test
    void appliesTheMigrationsOnceAndReportsTheVersion(EmbeddedStack stack) throws SQLException {
        DataSource database = TestDatabases.create(stack, "schema_migrator_versions");
        Jdbi jdbi = Jdbi.create(database);
        SchemaVersionDao versions = new SchemaVersionDao(jdbi);
        boolean tenantsMissing = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT to_regclass('tenants') IS NULL").mapTo(Boolean.class).one());
        assertThat(tenantsMissing).isTrue();

        assertThat(new SchemaMigrator(database).migrate()).isEqualTo(TestDatabases.migrationVersions().size());
        assertThat(versions.currentVersion()).contains(TestDatabases.latestMigrationVersion());

        assertThat(new SchemaMigrator(database).migrate()).isZero();
        assertThat(versions.currentVersion()).contains(TestDatabases.latestMigrationVersion());
    }

    @Test
    void createsTheTenantsTable(EmbeddedStack stack) throws SQLException {
        DataSource database = TestDatabases.create(stack, "schema_migrator_tenants");
        Jdbi jdbi = Jdbi.create(database);

        new SchemaMigrator(database).migrate();

        List<Map<String, Object>> columns = jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT column_name, data_type, is_nullable FROM information_schema.columns
                        WHERE table_name = 'tenants' ORDER BY ordinal_position""").mapToMap().list());
        assertThat(columns).extracting(column -> column.get("column_name") + " " + column.get("data_type") + " "
                        + column.get("is_nullable"))
                .containsExactly("id text NO", "name text NO", "created_at timestamp with time zone NO");

        Instant before = Instant.now().minusSeconds(5);
        jdbi.useHandle(handle -> handle.execute("INSERT INTO tenants (id, name) VALUES ('acme', 'Acme Corp')"));
        Instant createdAt = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT created_at FROM tenants WHERE id = 'acme'").mapTo(Instant.class).one());
        assertThat(createdAt).isAfter(before);

        assertThatThrownBy(() -> jdbi.useHandle(handle ->
                handle.execute("INSERT INTO tenants (id, name) VALUES ('acme', 'Duplicate')")))
                .hasMessageContaining("tenants_pkey");
        assertThatThrownBy(() -> jdbi.useHandle(handle ->
                handle.execute("INSERT INTO tenants (id, name) VALUES ('', 'Nameless')")))
                .hasMessageContaining("check constraint");
    }

    @Test
    void reportsNoVersionBeforeAnyMigration(EmbeddedStack stack) throws SQLException {
        DataSource database = TestDatabases.create(stack, "schema_migrator_empty");
        Jdbi jdbi = Jdbi.create(database);
        jdbi.useHandle(handle -> handle.execute("""
                CREATE TABLE flyway_schema_history (installed_rank int, version text, success boolean)"""));

        assertThat(new SchemaVersionDao(jdbi).currentVersion()).isEmpty();
    }
}
