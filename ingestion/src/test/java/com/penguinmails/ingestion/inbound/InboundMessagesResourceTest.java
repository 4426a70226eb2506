package com.penguinmails.ingestion.inbound;

import static com.penguinmails.ingestion.inbound.InboundSamples.BOUNCE_DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.apikeys.ApiKeyHasher;
import com.penguinmails.apikeys.ApiKeysFactory;
import com.penguinmails.apikeys.ConfiguredApiKeys;
import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.events.v1.Event;
import com.penguinmails.ingestion.bounce.InboundMailParser;
import com.penguinmails.ingestion.events.PublishFailedException;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class InboundMessagesResourceTest {

    private static final String KEY = "pm_acme_secret";
    private static final MediaType RFC822 = MediaType.valueOf("message/rfc822");

    private final VerpAddresses verp = new VerpAddresses(InboundSamples.keyring(), 64);
    private final List<Event> published = new ArrayList<>();
    private volatile boolean storeDown;
    private final MetricRegistry metrics = new MetricRegistry();

    private final ResourceExtension resources = ResourceExtension.builder()
            .addProvider(ApiKeysFactory.authFeature(new ConfiguredApiKeys(List.of(
                    new ApiKeysFactory.ConfiguredKey("acme", ApiKeyHasher.sha256Hex(KEY))))))
            .addProvider(new AuthValueFactoryProvider.Binder<>(TenantPrincipal.class))
            .addResource(new InboundMessagesResource(new InboundMailRecorder(new InboundMailParser(), verp, events -> {
                if (storeDown) {
                    throw new PublishFailedException("the store is down", null);
                }
                published.addAll(events);
            }, Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC)), 16 * 1024, Duration.ofSeconds(3),
                    metrics))
            .build();

    @Test
    void recordsABounceAndAnswers202WithTheEventsAndTheCorrelation() {
        String address = verp.returnPath("acme", "m-1", "ct-9", BOUNCE_DOMAIN);

        try (Response response = post(RFC822, InboundSamples.hardBounceDsn(address, "gone@gmail.test", "dsn-1@mx"))) {
            assertThat(response.getStatus()).isEqualTo(202);
            JsonNode body = response.readEntity(JsonNode.class);
            assertThat(body.get("kind").textValue()).isEqualTo("bounce");
            JsonNode event = body.get("events").get(0);
            assertThat(event.get("event_id").textValue()).isEqualTo(published.get(0).getEventId());
            assertThat(event.get("type").textValue()).isEqualTo("bounce");
            assertThat(event.get("recipient").textValue()).isEqualTo("gone@gmail.test");
            assertThat(event.get("bounce_type").textValue()).isEqualTo("hard");
            assertThat(event.get("enhanced_status_code").textValue()).isEqualTo("5.1.1");
            assertThat(body.get("correlation").get("matched_by").textValue()).isEqualTo("verp_address");
            assertThat(body.get("correlation").get("message_id").textValue()).isEqualTo("m-1");
            assertThat(body.get("correlation").get("contact_id").textValue()).isEqualTo("ct-9");
        }
        assertThat(published).singleElement().satisfies(event -> assertThat(event.getTenantId()).isEqualTo("acme"));
        assertThat(metrics.meter("ingestion.inbound.accepted").getCount()).isEqualTo(1);
    }

    @Test
    void acceptsOctetStreamAndAnswersOtherMailWithNoEvents() {
        byte[] newsletter = InboundSamples.crlf("""
                From: news@shop.test
                To: sam@send.acme.test
                Subject: Our weekly deals
                Message-ID: <news-1@shop.test>
                Content-Type: text/plain

                Deals of the week.
                """);

        try (Response response = post(MediaType.APPLICATION_OCTET_STREAM_TYPE, newsletter)) {
            assertThat(response.getStatus()).isEqualTo(202);
            JsonNode body = response.readEntity(JsonNode.class);
            assertThat(body.get("kind").textValue()).isEqualTo("other");
            assertThat(body.get("events")).isEmpty();
        }
        assertThat(published).isEmpty();
    }

    @Test
    void garbageIs400WithTheParsersReason() {
        try (Response response = post(RFC822, InboundSamples.binaryGarbage())) {
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.readEntity(JsonNode.class).get("message").textValue())
                    .startsWith("the message could not be analysed: ");
        }
        assertThat(published).isEmpty();
    }

    @Test
    void anotherTenantsBounceIs403AndNotRecorded() {
        String globex = verp.returnPath("globex", "m-1", "ct-9", BOUNCE_DOMAIN);

        try (Response response = post(RFC822, InboundSamples.hardBounceDsn(globex, "gone@gmail.test", "dsn@mx"))) {
            assertThat(response.getStatus()).isEqualTo(403);
        }
        assertThat(published).isEmpty();
    }

    @Test
    void aMessageOverTheLimitIs413() {
        byte[] big = InboundSamples.crlf("From: a@b.test\nSubject: big\n\n" + "x".repeat(20_000) + "\n");

        try (Response response = post(RFC822, big)) {
            assertThat(response.getStatus()).isEqualTo(413);
            assertThat(response.readEntity(String.class)).contains("larger than the limit of 16384 bytes");
        }
    }

    @Test
    void otherContentTypesAre415AndAMissingKeyIs401() {
        byte[] reply = InboundSamples.humanReply("pat@corp.test", "<x@y>");
        try (Response response = post(MediaType.APPLICATION_JSON_TYPE, reply)) {
            assertThat(response.getStatus()).isEqualTo(415);
        }
        try (Response response = resources.target("/v1/inbound/messages").request()
                .post(Entity.entity(reply, RFC822))) {
            assertThat(response.getStatus()).isEqualTo(401);
        }
    }

    @Test
    void aStoreFailureIs503WithRetryAfter() {
        storeDown = true;
        String address = verp.returnPath("acme", "m-1", "ct-9", BOUNCE_DOMAIN);

        try (Response response = post(RFC822, InboundSamples.hardBounceDsn(address, "gone@gmail.test", "dsn@mx"))) {
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("3");
        }
    }

    private Response post(MediaType type, byte[] body) {
        return resources.target("/v1/inbound/messages").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + KEY)
                .post(Entity.entity(body, type));
    }
}
