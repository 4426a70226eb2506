package com.penguinmails.ingestion.events;

import static com.penguinmails.ingestion.events.SampleEvents.array;
import static com.penguinmails.ingestion.events.SampleEvents.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.apikeys.ApiKeyHasher;
import com.penguinmails.apikeys.ApiKeysFactory;
import com.penguinmails.apikeys.ConfiguredApiKeys;
import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.events.v1.Event;
import com.penguinmails.ingestion.sendingholds.SendingHold;
import com.penguinmails.ingestion.sendingholds.SendingHolds;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class EventsResourceSendingHoldsTest {

    private static final String KEY = "pm_acme_secret";

    private final RecordingEventPublisher publisher = new RecordingEventPublisher();
    private final SendingHolds holds = new SendingHolds();

    private final ResourceExtension resources = ResourceExtension.builder()
            .addProvider(ApiKeysFactory.authFeature(new ConfiguredApiKeys(List.of(
                    new ApiKeysFactory.ConfiguredKey("acme", ApiKeyHasher.sha256Hex(KEY))))))
            .addProvider(new AuthValueFactoryProvider.Binder<>(TenantPrincipal.class))
            .addResource(new EventsResource(new EventBatchReader(64 * 1024, 10), publisher,
                    Clock.fixed(Instant.parse("2026-11-25T10:00:05Z"), ZoneOffset.UTC), Duration.ofSeconds(7),
                    new MetricRegistry(), holds))
            .build();

    @Test
    void refusesSendsOfAHeldWorkspaceWith403NamingTheReason() {
        holds.use(List.of(new SendingHold("acme", "ws-1", "budget_cap", "the monthly budget is used up")));

        try (Response response = post(array(send("e-1", "ws-1"), send("e-2", "ws-1")))) {
            assertThat(response.getStatus()).isEqualTo(403);
            JsonNode json = response.readEntity(JsonNode.class);
            assertThat(json.get("code").asText()).isEqualTo("sending_suspended");
            assertThat(json.get("reason").asText()).isEqualTo("budget_cap");
            assertThat(json.get("workspace_id").asText()).isEqualTo("ws-1");
            assertThat(json.get("held_items")).extracting(JsonNode::asInt).containsExactly(0, 1);
            assertThat(json.get("message").asText()).contains("workspace ws-1").contains("budget is used up");
        }
        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void letsOtherEventTypesAndOtherWorkspacesThroughAndListsTheHeldSends() {
        holds.use(List.of(new SendingHold("acme", "ws-1", "budget_cap", "used up")));

        try (Response response = post(array(send("e-1", "ws-1"), open("e-2", "m-2"), send("e-3", "ws-2")))) {
            assertThat(response.getStatus()).isEqualTo(202);
            JsonNode json = response.readEntity(JsonNode.class);
            assertThat(json.get("accepted").asInt()).isEqualTo(2);
            assertThat(json.get("rejected").get(0).get("index").asInt()).isZero();
            assertThat(json.get("rejected").get(0).get("errors").get(0).asText()).startsWith("sending_suspended:");
        }
        assertThat(publisher.published()).extracting(Event::getEventId).containsExactly("e-2", "e-3");
    }

    @Test
    void anOrganisationWideHoldCoversEveryWorkspaceAndSendsWithoutOne() {
        holds.use(List.of(new SendingHold("acme", null, "payment_overdue", "invoice unpaid")));

        try (Response response = post(array(send("e-1", "ws-9"), send("e-2", null)))) {
            assertThat(response.getStatus()).isEqualTo(403);
            JsonNode json = response.readEntity(JsonNode.class);
            assertThat(json.get("reason").asText()).isEqualTo("payment_overdue");
            assertThat(json.get("workspace_id").isNull()).isTrue();
        }
    }

    @Test
    void anotherTenantsHoldDoesNotApply() {
        holds.use(List.of(new SendingHold("globex", null, "budget_cap", "used up")));

        try (Response response = post(array(send("e-1", "ws-1")))) {
            assertThat(response.getStatus()).isEqualTo(202);
        }
        assertThat(publisher.published()).hasSize(1);
    }

    private static String send(String eventId, String workspaceId) {
        return "{\"event_id\":\"" + eventId + "\",\"type\":\"send\",\"occurred_at\":\"2026-11-25T10:00:00Z\","
                + (workspaceId == null ? "" : "\"workspace_id\":\"" + workspaceId + "\",")
                + "\"message_id\":\"m-" + eventId + "\",\"contact_id\":\"ct-1\",\"campaign_id\":\"c-1\","
                + "\"mailbox\":\"sam@send.acme.io\",\"sending_domain\":\"send.acme.io\"}";
    }

    private Response post(String body) {
        return resources.target("/v1/events").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + KEY)
                .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    }
}
