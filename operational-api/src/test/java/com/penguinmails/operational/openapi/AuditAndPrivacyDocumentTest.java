package com.penguinmails.operational.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.operational.OperationalApiApplication;
import com.penguinmails.operational.audit.AuditEntry;
import com.penguinmails.operational.audit.AuditPage;
import com.penguinmails.operational.errors.ValidationErrors;
import com.penguinmails.operational.privacy.ContactExport;
import com.penguinmails.operational.privacy.Erasure;
import com.penguinmails.operational.privacy.TableErasure;
import com.penguinmails.operational.suppressions.CheckResult;
import com.penguinmails.operational.suppressions.NewSuppression;
import com.penguinmails.operational.suppressions.SuppressedRecipient;
import com.penguinmails.operational.suppressions.Suppression;
import com.penguinmails.operational.suppressions.SuppressionCheck;
import com.penguinmails.operational.suppressions.SuppressionPage;
import com.penguinmails.operational.suppressions.SuppressionReason;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the OpenAPI document of the audit, suppression and privacy endpoints in step with their JSON. */
class AuditAndPrivacyDocumentTest {

    private static final ObjectMapper JSON = Jackson.newObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = OperationalApiApplication.class.getResourceAsStream(OperationalApiApplication.OPENAPI_DOCUMENT)) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void describesEveryEndpoint() {
        for (String path : List.of("/v1/audit", "/v1/audit/export", "/v1/suppressions", "/v1/suppressions/{id}",
                "/v1/suppressions/check", "/v1/contacts/{contactId}/export", "/v1/contacts/{contactId}/erase",
                "/v1/erasures/{id}")) {
            assertThat(document.at("/paths/" + path.replace("/", "~1")).isMissingNode()).as(path).isFalse();
        }
    }

    @Test
    void describesEveryFieldOfEveryBodyAndNoOther() throws Exception {
        JsonNode state = JSON.readTree("{\"contact_id\":\"ct-1\"}");
        Suppression suppression = new Suppression(1, "ct-1", null, "a".repeat(64), SuppressionReason.MANUAL, "manual",
                "note", SuppressionReason.MANUAL, AT, "user:u-1", AT);
        AuditEntry entry = new AuditEntry(1, "user:u-1", "x.create", "x", "1", state, state, "127.0.0.1", AT);
        TableErasure table = new TableErasure("clickhouse", "events", "lightweight_delete", 2, 0);
        Map<String, Object> bodies = Map.ofEntries(
                Map.entry("AuditEntry", entry),
                Map.entry("AuditPage", new AuditPage(List.of(entry), "1")),
                Map.entry("Suppression", suppression),
                Map.entry("SuppressionPage", new SuppressionPage(List.of(suppression), "1")),
                Map.entry("NewSuppression", new NewSuppression("ct-1", "a@b.c", "n")),
                Map.entry("SuppressionCheck", new SuppressionCheck(List.of("ct-1"), List.of("a@b.c"))),
                Map.entry("SuppressedRecipient", new SuppressedRecipient("ct-1", "a@b.c", SuppressionReason.COMPLAINT, AT)),
                Map.entry("CheckResult", new CheckResult(2, List.of())),
                Map.entry("ContactExport", new ContactExport("t-1", "ct-1", AT, Map.of(), Map.of())),
                Map.entry("TableErasure", table),
                Map.entry("Erasure", new Erasure("er_1", "a".repeat(64), "completed", "user:u-1", AT, AT, 1,
                        List.of(table), null)),
                Map.entry("ValidationErrors", new ValidationErrors(422, "m", List.of(), Map.of())));
        bodies.forEach((schema, body) -> assertThat(names(document.at("/components/schemas/" + schema + "/properties")))
                .as(schema)
                .containsExactlyInAnyOrderElementsOf(names(JSON.valueToTree(body))));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
