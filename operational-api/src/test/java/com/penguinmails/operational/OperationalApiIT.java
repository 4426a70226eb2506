package com.penguinmails.operational;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.core.Response;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Boots the whole service against the embedded PostgreSQL, on a database that starts empty. */
@ExtendWith(EmbeddedStackExtension.class)
class OperationalApiIT {

    private static final String DATABASE = "operational_api_it";

    private static DropwizardAppExtension<OperationalApiConfiguration> app;
    private static Jdbi jdbi;

    @BeforeAll
    static void startApplication(EmbeddedStack stack) throws Exception {
        DataSource database = TestDatabases.create(stack, DATABASE);
        jdbi = Jdbi.create(database);
        app = new DropwizardAppExtension<>(OperationalApiApplication.class,
                ResourceHelpers.resourceFilePath("operational-api-test.yml"),
                ConfigOverride.config("database.url", TestDatabases.jdbcUrl(stack, DATABASE)),
                ConfigOverride.config("database.user", stack.postgres().username()),
                ConfigOverride.config("database.password", stack.postgres().password()));
        app.before();
    }

    @AfterAll
    static void stopApplication() {
        if (app != null) {
            app.after();
        }
    }

    @Test
    void migratesTheEmptyDatabaseAtStartUp() {
        int appliedMigrations = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM flyway_schema_history WHERE success").mapTo(Integer.class).one());
        boolean tenantsExists = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT to_regclass('tenants') IS NOT NULL").mapTo(Boolean.class).one());

        assertThat(appliedMigrations).isEqualTo(TestDatabases.migrationVersions().size());
        assertThat(tenantsExists).isTrue();
    }

    @Test
    void reportsTheAppliedSchemaVersion() {
        try (Response response = app.client().target(appUrl("/v1/status")).request().get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            JsonNode status = response.readEntity(JsonNode.class);
            assertThat(status.get("service").asText()).isEqualTo("operational-api");
            assertThat(status.get("schema_version").asText()).isEqualTo(TestDatabases.latestMigrationVersion());
        }
    }

    @Test
    void isHealthyWhenPostgresAnswers() {
        try (Response response = app.client().target(adminUrl("/healthcheck")).request().get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            JsonNode checks = response.readEntity(JsonNode.class);
            assertThat(checks.at("/postgresql/healthy").asBoolean()).isTrue();
        }
    }

    @Test
    void servesItsOpenApiDocument() {
        try (Response response = app.client().target(appUrl("/openapi.yaml")).request().get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(String.class)).contains("/v1/status:");
        }
    }

    private static String appUrl(String path) {
        return "http://127.0.0.1:" + app.getLocalPort() + path;
    }

    private static String adminUrl(String path) {
        return "http://127.0.0.1:" + app.getAdminPort() + path;
    }
}
