package com.penguinmails.operational.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The service's answers to bad requests and failures, on a resource that produces each of them. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ErrorHandlingTest {

    /** A body with JSON names that differ from the Java names. */
    record Contact(@JsonProperty("contact_id") @NotBlank String contactId, @JsonProperty("email") @Email String email) {
    }

    @Path("/contacts")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class ContactsResource {

        @POST
        public String add(@NotNull @Valid Contact contact) {
            if (contact.contactId().equals("duplicate")) {
                throw new UnableToExecuteStatementException(new SQLException(
                        "ERROR: duplicate key value violates unique constraint \"x\"", "23505"), null);
            }
            if (contact.contactId().equals("broken")) {
                throw new UnableToExecuteStatementException(new SQLException(
                        "ERROR: column \"secret_column\" does not exist in SELECT * FROM contacts", "42703"), null);
            }
            if (contact.contactId().equals("bug")) {
                throw new IllegalStateException("internal detail that must stay in the logs");
            }
            return "{}";
        }
    }

    private final ResourceExtension resources = ResourceExtension.builder()
            .addResource(new ContactsResource())
            .addProvider(new ValidationErrorMapper())
            .addProvider(new DatabaseErrorMapper())
            .build();

    @Test
    void answersAnInvalidBodyWith422NamingTheJsonFields() {
        try (Response response = post("{\"contact_id\":\"\",\"email\":\"not an address\"}")) {
            assertThat(response.getStatus()).isEqualTo(422);
            JsonNode body = response.readEntity(JsonNode.class);
            assertThat(body.get("code").asInt()).isEqualTo(422);
            assertThat(body.at("/fields/contact_id/0").asText()).isEqualTo("must not be blank");
            assertThat(body.at("/fields/email/0").asText()).contains("well-formed email");
            assertThat(body.get("errors").toString()).contains("contact_id must not be blank");
        }
    }

    @Test
    void answersAMissingBodyWith422() {
        try (Response response = resources.target("/contacts").request()
                .post(Entity.entity("", MediaType.APPLICATION_JSON_TYPE))) {
            assertThat(response.getStatus()).isEqualTo(422);
            assertThat(response.readEntity(JsonNode.class).has("fields")).isTrue();
        }
    }

    @Test
    void answersMalformedJsonWith400() {
        try (Response response = post("{\"contact_id\": ")) {
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.readEntity(String.class)).doesNotContain("at com.").doesNotContain("Exception");
        }
    }

    @Test
    void answersAUniqueViolationWith409() {
        try (Response response = post("{\"contact_id\":\"duplicate\"}")) {
            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(response.readEntity(JsonNode.class).get("message").asText()).startsWith("already exists");
        }
    }

    @Test
    void answersOtherDatabaseFailuresWith500CarryingOnlyAnId() {
        try (Response response = post("{\"contact_id\":\"broken\"}")) {
            assertThat(response.getStatus()).isEqualTo(500);
            String body = response.readEntity(String.class);
            assertThat(body).contains("It has been logged (ID ").doesNotContain("secret_column").doesNotContain("SELECT");
        }
    }

    @Test
    void answersUnexpectedFailuresWith500WithoutAStackTrace() {
        try (Response response = post("{\"contact_id\":\"bug\"}")) {
            assertThat(response.getStatus()).isEqualTo(500);
            String body = response.readEntity(String.class);
            assertThat(body).contains("ID ").doesNotContain("internal detail").doesNotContain("at com.");
        }
    }

    private Response post(String json) {
        return resources.target("/contacts").request().post(Entity.entity(json, MediaType.APPLICATION_JSON_TYPE));
    }
}
