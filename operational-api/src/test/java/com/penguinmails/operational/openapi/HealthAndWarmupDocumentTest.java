package com.penguinmails.operational.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.operational.OperationalApiApplication;
import com.penguinmails.operational.health.CheckKind;
import com.penguinmails.operational.health.CheckStatus;
import com.penguinmails.operational.health.HealthResultView;
import com.penguinmails.operational.health.HealthTrend;
import com.penguinmails.operational.warmup.CreateWarmupScheduleRequest;
import com.penguinmails.operational.warmup.WarmupAdjustment;
import com.penguinmails.operational.warmup.WarmupLimit;
import com.penguinmails.operational.warmup.WarmupScheduleView;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the OpenAPI document of sending health and warm-up in step with their JSON. */
class HealthAndWarmupDocumentTest {

    private static final ObjectMapper JSON = Jackson.newObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-11-25");
    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = OperationalApiApplication.class.getResourceAsStream(
                OperationalApiApplication.OPENAPI_DOCUMENT)) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void describesEveryEndpoint() {
        Map<String, List<String>> operations = Map.of(
                "/v1/workspaces/{workspaceId}/health", List.of("get"),
                "/v1/workspaces/{workspaceId}/health/history", List.of("get"),
                "/v1/workspaces/{workspaceId}/warmup/schedules", List.of("get", "post"),
                "/v1/workspaces/{workspaceId}/warmup/schedules/{scheduleId}", List.of("get", "delete"),
                "/v1/workspaces/{workspaceId}/warmup/schedules/{scheduleId}/pause", List.of("post"),
                "/v1/workspaces/{workspaceId}/warmup/schedules/{scheduleId}/resume", List.of("post"),
                "/v1/workspaces/{workspaceId}/warmup/limits", List.of("get"),
                "/internal/v1/warmup/limits", List.of("get"));
        operations.forEach((path, methods) -> methods.forEach(method -> assertThat(
                document.at("/paths/" + path.replace("/", "~1") + "/" + method).isMissingNode())
                .as(method + " " + path).isFalse()));
    }

    @Test
    void describesEveryFieldOfEveryBodyAndNoOther() {
        HealthTrend trend = new HealthTrend(CheckKind.TLS_CERTIFICATE, "mail.acme.io:587", CheckStatus.OK, AT, AT,
                "ok", AT, BigDecimal.ONE, 7, BigDecimal.ONE, 30, 40L, 47L);
        HealthResultView result = new HealthResultView(CheckKind.SMTP, "mail.acme.io:587", AT, CheckStatus.OK, "ok",
                JSON.createObjectNode());
        WarmupLimit limit = new WarmupLimit("wu-1", "w-1", "ip", "203.0.113.7", DAY, 80, 3, false, false);
        WarmupAdjustment adjustment = new WarmupAdjustment(AT, "auto_cut", "auto_pause/x", "why", 80, 40);
        WarmupScheduleView schedule = new WarmupScheduleView("wu-1", "w-1", "ip", "203.0.113.7", "default",
                List.of(20, 40), 40, DAY, false, limit, AT, AT, List.of(adjustment));
        Map<String, Object> bodies = Map.ofEntries(
                Map.entry("HealthCheckState", trend),
                Map.entry("SendingHealth", Map.of("workspace_id", "w-1", "summary", Map.of(), "checks", List.of())),
                Map.entry("HealthResult", result),
                Map.entry("HealthHistory", Map.of("from", AT, "to", AT, "results", List.of(result))),
                Map.entry("CreateWarmupScheduleRequest", new CreateWarmupScheduleRequest("ip", "203.0.113.7", 500, 30,
                        20, List.of(1), DAY)),
                Map.entry("WarmupLimit", limit),
                Map.entry("WarmupAdjustment", adjustment),
                Map.entry("WarmupSchedule", schedule),
                Map.entry("WarmupScheduleList", Map.of("schedules", List.of(schedule))),
                Map.entry("WarmupLimits", Map.of("date", DAY, "limits", List.of(limit))),
                Map.entry("InternalWarmupLimits", Map.of("tenant_id", "t-1", "date", DAY, "limits", List.of(limit))));
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
