package com.penguinmails.query.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class CsvNegotiationTest {

    /** A table answer, as a view's JSON answer that also stands as CSV. */
    public record Report(List<String> domains) implements CsvExportable {
        @Override
        public CsvTable csvTable() {
            return new CsvTable("report", List.of("domain"), domains.stream().map(d -> CsvTable.row(d)).toList());
        }
    }

    @Path("/table")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    public static final class TableResource {
        @GET
        public Report report() {
            return new Report(List.of("gmail.com", "=cmd|' /C calc'!A0"));
        }
    }

    @Path("/plain")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class PlainResource {
        @GET
        public Map<String, Integer> plain() {
            return Map.of("score", 1);
        }
    }

    private static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .addProvider(new CsvMessageBodyWriter())
            .addResource(new TableResource())
            .addResource(new PlainResource())
            .build();

    @Test
    void answersCsvDownloadWhenAskedForTextCsv() {
        try (Response response = RESOURCES.target("/table").request("text/csv").get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeaderString("Content-Type")).isEqualTo("text/csv; charset=utf-8");
            assertThat(response.getHeaderString("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"report.csv\"");
            assertThat(new String(response.readEntity(byte[].class), StandardCharsets.UTF_8))
                    .isEqualTo("domain\r\ngmail.com\r\n'=cmd|' /C calc'!A0\r\n");
        }
    }

    @Test
    void answersJsonByDefaultWithoutTheCsvMethodLeakingIntoIt() {
        for (String accept : List.of(MediaType.APPLICATION_JSON, "*/*", "application/json, text/csv;q=0.5")) {
            try (Response response = RESOURCES.target("/table").request(accept).get()) {
                assertThat(response.getMediaType().toString()).startsWith(MediaType.APPLICATION_JSON);
                JsonNode body = response.readEntity(JsonNode.class);
                assertThat(body.fieldNames()).toIterable().containsExactly("domains");
            }
        }
        try (Response response = RESOURCES.target("/table").request().get()) {
            assertThat(response.getMediaType().toString()).startsWith(MediaType.APPLICATION_JSON);
        }
    }

    @Test
    void answers406ForCsvFromAViewThatIsNoTable() {
        try (Response response = RESOURCES.target("/plain").request("text/csv").get()) {
            assertThat(response.getStatus()).isEqualTo(406);
        }
    }
}
