package com.penguinmails.ingestion.events;

import static com.penguinmails.ingestion.events.SampleEvents.array;
import static com.penguinmails.ingestion.events.SampleEvents.ndjson;
import static com.penguinmails.ingestion.events.SampleEvents.open;
import static com.penguinmails.ingestion.events.SampleEvents.openWithoutIds;
import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.apikeys.ApiKeyHasher;
import com.penguinmails.apikeys.ApiKeysFactory;
import com.penguinmails.apikeys.ConfiguredApiKeys;
import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.events.v1.Event;
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
class EventsResourceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:05.123Z");
    private static final String KEY = "pm_acme_secret";

    private final RecordingEventPublisher publisher = new RecordingEventPublisher();
    private final MetricRegistry metrics = new MetricRegistry();

    private final ResourceExtension resources = ResourceExtension.builder()
            .addProvider(ApiKeysFactory.authFeature(new ConfiguredApiKeys(List.of(
                    new ApiKeysFactory.ConfiguredKey("acme", ApiKeyHasher.sha256Hex(KEY))))))
            .addProvider(new AuthValueFactoryProvider.Binder<>(TenantPrincipal.class))
            .addResource(new EventsResource(new EventBatchReader(64 * 1024, 3), publisher,
                    Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(7), metrics))
            .build();

    @Test
    void storesValidEventsForTheKeysTenantAndAnswers202() {
        try (Response response = post(MediaType.APPLICATION_JSON, array(open("e-1", "m-1"), open("e-2", "m-2")))) {
            assertThat(response.getStatus()).isEqualTo(202);
            assertThat(response.readEntity(String.class)).isEqualTo("{\"accepted\":2,\"rejected\":[]}");
        }
        assertThat(publisher.published()).extracting(Event::getEventId).containsExactly("e-1", "e-2");
        assertThat(publisher.published()).allSatisfy(event -> {
            assertThat(event.getTenantId()).isEqualTo("acme");
            assertThat(event.getReceivedAt()).isEqualTo(NOW);
        });
        assertThat(metrics.meter("ingestion.events.accepted").getCount()).isEqualTo(2);
    }

    @Test
    void storesTheValidPartOfAMixedBatchAndListsTheRest() {
        String body = array(openWithoutIds("e-1"), open("e-2", "m-2"), open("e-3", "m-3").replace("{", "{\"tenant_id\":\"x\","));

        try (Response response = post(MediaType.APPLICATION_JSON, body)) {
            assertThat(response.getStatus()).isEqualTo(202);
            JsonNode json = response.readEntity(JsonNode.class);
            assertThat(json.get("accepted").intValue()).isEqualTo(1);
            assertThat(json.get("rejected").get(0).get("index").intValue()).isZero();
            assertThat(json.get("rejected").get(0).get("errors").get(0).textValue())
                    .isEqualTo("message_id is required for type open");
            assertThat(json.get("rejected").get(1).get("index").intValue()).isEqualTo(2);
            assertThat(json.get("rejected").get(1).get("errors").get(0).textValue())
                    .isEqualTo("tenant_id is set from the API key");
        }
        assertThat(publisher.published()).extracting(Event::getEventId).containsExactly("e-2");
        assertThat(metrics.meter("ingestion.events.rejected").getCount()).isEqualTo(2);
    }

    @Test
    void answers400WithTheSameShapeWhenNothingIsValid() {
        try (Response response = post(MediaType.APPLICATION_JSON, array(openWithoutIds("e-1")))) {
            assertThat(response.getStatus()).isEqualTo(400);
            JsonNode json = response.readEntity(JsonNode.class);
            assertThat(json.get("accepted").intValue()).isZero();
            assertThat(json.get("rejected")).hasSize(1);
        }
        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void anEmptyBatchIsABadRequest() {
        try (Response response = post(MediaType.APPLICATION_JSON, "[]")) {
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.readEntity(String.class)).contains("the body holds no events");
        }
    }

    @Test
    void acceptsNdjson() {
        try (Response response = post(BodyFormat.NDJSON_TYPE, ndjson(open("e-1", "m-1"), "", open("e-2", "m-2")))) {
            assertThat(response.getStatus()).isEqualTo(202);
        }
        assertThat(publisher.published()).hasSize(2);
    }

    @Test
    void malformedJsonIsABadRequestNamingThePosition() {
        try (Response response = post(MediaType.APPLICATION_JSON, "[{\"event_id\" \"e-1\"}]")) {
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.readEntity(JsonNode.class).get("message").textValue())
                    .startsWith("malformed JSON at line 1, column 14: Unexpected character");
        }
    }

    @Test
    void tooManyEventsAre413() {
        String four = array(open("e-1", "m"), open("e-2", "m"), open("e-3", "m"), open("e-4", "m"));

        try (Response response = post(MediaType.APPLICATION_JSON, four)) {
            assertThat(response.getStatus()).isEqualTo(413);
            assertThat(response.readEntity(String.class)).contains("more than 3 events");
        }
        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void otherContentTypesAre415() {
        try (Response response = post(MediaType.TEXT_PLAIN, array(open("e-1", "m-1")))) {
            assertThat(response.getStatus()).isEqualTo(415);
            assertThat(response.readEntity(String.class))
                    .contains("Content-Type must be application/json (a JSON array of events) or application/x-ndjson");
        }
    }

    @Test
    void aMissingOrUnknownKeyIs401() {
        Entity<String> body = Entity.entity(array(open("e-1", "m-1")), MediaType.APPLICATION_JSON);
        try (Response missing = resources.target("/v1/events").request().post(body);
                Response unknown = resources.target("/v1/events").request()
                        .header(HttpHeaders.AUTHORIZATION, "Bearer pm_someone_else").post(body)) {
            assertThat(missing.getStatus()).isEqualTo(401);
            assertThat(unknown.getStatus()).isEqualTo(401);
        }
        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void answers503WithRetryAfterWhenEventsCannotBeStored() {
        publisher.failing(true);

        try (Response response = post(MediaType.APPLICATION_JSON, array(open("e-1", "m-1")))) {
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
            JsonNode json = response.readEntity(JsonNode.class);
            assertThat(json.get("message").textValue()).contains("none of this request is acknowledged");
            assertThat(json.get("details").textValue()).isEqualTo("the store is down");
        }
        assertThat(metrics.meter("ingestion.events.failed").getCount()).isEqualTo(1);
        assertThat(metrics.meter("ingestion.events.accepted").getCount()).isZero();
    }

    private Response post(String contentType, String body) {
        return resources.target("/v1/events").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + KEY)
                .post(Entity.entity(body, contentType));
    }
}
