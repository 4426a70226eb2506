package com.penguinmails.ingestion.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.events.EventJson;
import com.penguinmails.ingestion.IngestionApplication;
import com.penguinmails.openapi.OpenApiResource;
import com.penguinmails.events.v1.BounceDetails;
import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.ComplaintDetails;
import com.penguinmails.events.v1.ConversionDetails;
import com.penguinmails.events.v1.DeliveryDetails;
import com.penguinmails.events.v1.EngagementDetails;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.events.v1.ReplyDetails;
import com.penguinmails.events.v1.SendDetails;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode document = parse(new OpenApiResource(IngestionApplication.OPENAPI_DOCUMENT).document());

    @Test
    void documentsEveryAnswerOfTheEventsEndpoint() {
        JsonNode responses = document.at("/paths/~1v1~1events/post/responses");

        assertThat(names(responses)).containsExactlyInAnyOrder("202", "400", "401", "403", "413", "415", "429", "503");
        assertThat(responses.at("/503/headers/Retry-After").isMissingNode()).isFalse();
        assertThat(responses.at("/429/headers/Retry-After").isMissingNode()).isFalse();
    }

    @Test
    void theEventSchemaHasExactlyTheFieldsOfTheWireFormat() {
        JsonNode schema = document.at("/components/schemas/Event/properties");
        JsonNode everyField = everyFieldOfTheWireFormat();

        assertThat(names(schema)).isEqualTo(names(everyField));
        for (String details : Set.of("send", "delivery", "bounce", "engagement", "reply", "complaint", "conversion")) {
            assertThat(names(schema.get(details).get("properties"))).as(details).isEqualTo(names(everyField.get(details)));
        }
    }

    /** Every top-level field, and every field of every details object, as the wire format writes them. */
    private static JsonNode everyFieldOfTheWireFormat() {
        Event full = Event.newBuilder()
                .setEventId("e-1").setTenantId("acme").setType(EventType.open)
                .setOccurredAt(Instant.parse("2026-11-25T10:00:00Z")).setReceivedAt(Instant.parse("2026-11-25T10:00:01Z"))
                .setWorkspaceId("w").setMessageId("m").setCampaignId("c").setVariant("A").setSequenceStep(1)
                .setMailbox("a@b.io").setSendingDomain("b.io").setSendingIp("203.0.113.7").setContactId("ct")
                .setRecipientDomain("gmail.com")
                .setSend(new SendDetails("Europe/Berlin"))
                .setDelivery(new DeliveryDetails("mx", 250, "2.0.0", "ok"))
                .setBounce(new BounceDetails(BounceType.hard, "r", "5.1.1", 550, "d", "mx"))
                .setEngagement(new EngagementDetails("ip", "ua", "https://x", 0, "GET", null))
                .setReply(new ReplyDetails(true))
                .setComplaint(new ComplaintDetails("abuse"))
                .setConversion(new ConversionDetails("deal_won", new BigDecimal("1.0000"), "USD"))
                .build();
        return EventJson.write(full);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static JsonNode parse(byte[] yaml) {
        try {
            return YAML.readTree(new ByteArrayInputStream(yaml));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
