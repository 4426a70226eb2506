package com.penguinmails.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TENANT = "acme";
    private static final Instant RECEIVED_AT = Instant.parse("2026-11-28T16:00:00.250Z");

    @ParameterizedTest
    @ValueSource(strings = {
            "send", "delivered", "deferred", "bounce", "open", "click", "reply", "unsubscribe", "complaint", "conversion"})
    void everyTypeRoundTripsThroughItsFixture(String type) throws IOException {
        JsonNode fixture = fixture(type);

        Event event = EventJson.read(fixture, TENANT, RECEIVED_AT).orElseThrow();

        assertThat(event.getType()).isEqualTo(EventType.valueOf(type));
        assertThat(event.getTenantId()).isEqualTo(TENANT);
        assertThat(event.getReceivedAt()).isEqualTo(RECEIVED_AT);
        assertThat(EventJson.write(event)).isEqualTo(fixture);
        assertThat(EventJson.read(EventJson.writeString(event), TENANT, RECEIVED_AT).orElseThrow()).isEqualTo(event);
        assertThat(EventCodec.decode(EventCodec.encode(event))).isEqualTo(event);
    }

    @Test
    void readsEveryFieldOfTheWireFormat() throws IOException {
        Event bounce = EventJson.read(fixture("bounce"), TENANT, RECEIVED_AT).orElseThrow();

        assertThat(bounce.getEventId()).isEqualTo("e-1");
        assertThat(bounce.getOccurredAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(bounce.getMessageId()).isEqualTo("m-1");
        assertThat(bounce.getCampaignId()).isEqualTo("c-1");
        assertThat(bounce.getVariant()).isEqualTo("A");
        assertThat(bounce.getSequenceStep()).isEqualTo(1);
        assertThat(bounce.getMailbox()).isEqualTo("sam@send.acme.io");
        assertThat(bounce.getSendingDomain()).isEqualTo("send.acme.io");
        assertThat(bounce.getSendingIp()).isEqualTo("203.0.113.7");
        assertThat(bounce.getContactId()).isEqualTo("ct-9");
        assertThat(bounce.getRecipientDomain()).isEqualTo("gmail.com");
        assertThat(bounce.getBounce().getBounceType()).isEqualTo(BounceType.hard);
        assertThat(bounce.getBounce().getReason()).isEqualTo("user_unknown");
        assertThat(bounce.getBounce().getEnhancedStatusCode()).isEqualTo("5.1.1");
        assertThat(bounce.getBounce().getSmtpCode()).isEqualTo(550);
        assertThat(bounce.getBounce().getDiagnostic()).isEqualTo("550 5.1.1 no such user");
        assertThat(bounce.getBounce().getRemoteMx()).isEqualTo("gmail-smtp-in.l.google.com");

        Event conversion = EventJson.read(fixture("conversion"), TENANT, RECEIVED_AT).orElseThrow();
        assertThat(conversion.getMessageId()).isNull();
        assertThat(conversion.getConversion().getValue()).isEqualTo(new BigDecimal("12500.5000"));
        assertThat(conversion.getConversion().getCurrency()).isEqualTo("EUR");
    }

    @Test
    void writesNeitherTenantNorReceiptTimeNorAbsentFields() throws IOException {
        Event event = EventJson.read(fixture("unsubscribe"), TENANT, RECEIVED_AT).orElseThrow();

        ObjectNode json = EventJson.write(event);

        assertThat(json.has("tenant_id")).isFalse();
        assertThat(json.has("received_at")).isFalse();
        assertThat(json.has("variant")).isFalse();
        assertThat(json.has("engagement")).isFalse();
    }

    @Test
    void aMinimalEventOfEachKindRoundTrips() {
        List<String> minimal = List.of(
                "{\"event_id\":\"e\",\"type\":\"open\",\"occurred_at\":\"2026-11-25T10:00:00Z\",\"message_id\":\"m\","
                        + "\"contact_id\":\"c\",\"engagement\":{}}",
                "{\"event_id\":\"e\",\"type\":\"reply\",\"occurred_at\":\"2026-11-25T10:00:00Z\",\"message_id\":\"m\","
                        + "\"contact_id\":\"c\"}",
                "{\"event_id\":\"e\",\"type\":\"conversion\",\"occurred_at\":\"2026-11-25T10:00:00Z\",\"contact_id\":\"c\","
                        + "\"conversion\":{\"conversion_type\":\"meeting_booked\"}}");
        for (String json : minimal) {
            Event event = EventJson.read(json, TENANT, RECEIVED_AT).orElseThrow();
            assertThat(EventJson.read(EventJson.writeString(event), TENANT, RECEIVED_AT).orElseThrow()).isEqualTo(event);
        }
    }

    @Test
    void aReplyWithoutTheFlagIsNoAutoReply() {
        Event event = EventJson.read("{\"event_id\":\"e\",\"type\":\"reply\",\"occurred_at\":\"2026-11-25T10:00:00Z\","
                + "\"message_id\":\"m\",\"contact_id\":\"c\",\"reply\":{}}", TENANT, RECEIVED_AT).orElseThrow();

        assertThat(event.getReply().getIsAutoReply()).isFalse();
    }

    @Test
    void timestampsWithAnOffsetAreConvertedToUtcAndCutToMilliseconds() {
        Event event = EventJson.read(open().put("occurred_at", "2026-11-25T12:00:00.123456+02:00"), TENANT, RECEIVED_AT)
                .orElseThrow();

        assertThat(event.getOccurredAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00.123Z"));
    }

    @Test
    void conversionValueMayBeANumberAndIsKeptAtFourDecimalPlaces() {
        ObjectNode json = conversion();
        json.withObjectProperty("conversion").put("value", new BigDecimal("99.9")).put("currency", "USD");

        Event event = EventJson.read(json, TENANT, RECEIVED_AT).orElseThrow();

        assertThat(event.getConversion().getValue()).isEqualTo(new BigDecimal("99.9000"));
        assertThat(EventJson.write(event).get("conversion").get("value").textValue()).isEqualTo("99.9000");
    }

    @Test
    void aTenantIdInThePayloadIsRejected() {
        assertThat(errorsOf(open().put("tenant_id", "someone-else"))).containsExactly("tenant_id is set from the API key");
    }

    @Test
    void aReceiptTimeInThePayloadIsRejected() {
        assertThat(errorsOf(open().put("received_at", "2026-11-25T10:00:00Z")))
                .containsExactly("received_at is set by ingestion");
    }

    @Test
    void everyProblemOfAnItemIsReportedAtOnce() {
        ObjectNode json = MAPPER.createObjectNode()
                .put("type", "open")
                .put("occurred_at", "yesterday")
                .put("sequence_step", "one")
                .put("colour", "blue");

        assertThat(errorsOf(json)).containsExactlyInAnyOrder(
                "unknown field 'colour'",
                "event_id is missing",
                "occurred_at must be an ISO-8601 timestamp with an offset, such as 2026-11-25T10:00:00Z, got 'yesterday'",
                "sequence_step must be an integer, got a string",
                "message_id is required for type open",
                "contact_id is required for type open",
                "engagement is required for type open");
    }

    @Test
    void missingRequiredEnvelopeFieldsAreNamed() {
        assertThat(errorsOf(MAPPER.createObjectNode())).containsExactly(
                "event_id is missing", "type is missing", "occurred_at is missing");
    }

    @Test
    void nullCountsAsAbsent() {
        ObjectNode json = open();
        json.putNull("event_id");
        json.putNull("variant");

        assertThat(errorsOf(json)).containsExactly("event_id is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"opened", "OPEN", "unknown"})
    void unknownTypesAreRejected(String type) {
        assertThat(errorsOf(open().put("type", type))).containsExactly("type '" + type + "' is not one of send, delivered, "
                + "deferred, bounce, open, click, reply, unsubscribe, complaint, conversion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T10:00:00", "2026-11-25", "1732528800", "2026-13-25T10:00:00Z"})
    void timestampsWithoutOffsetOrInvalidAreRejected(String timestamp) {
        assertThat(errorsOf(open().put("occurred_at", timestamp)))
                .singleElement().asString().startsWith("occurred_at must be an ISO-8601 timestamp");
    }

    @Test
    void occurredAtMayLieUpToOneDayAfterReceipt() {
        Instant oneDayLater = RECEIVED_AT.plus(EventJson.MAX_FUTURE_SKEW);

        assertThat(errorsOf(open().put("occurred_at", oneDayLater.toString()))).isEmpty();
        assertThat(errorsOf(open().put("occurred_at", oneDayLater.plusMillis(1).toString())))
                .containsExactly("occurred_at 2026-11-29T16:00:00.251Z is more than 24 hours after the time it was received "
                        + "(2026-11-28T16:00:00.250Z)");
        assertThat(errorsOf(open().put("occurred_at", "1969-12-31T23:59:59Z")))
                .containsExactly("occurred_at 1969-12-31T23:59:59Z is before 1970-01-01T00:00:00Z");
    }

    @Test
    void wrongJsonTypesAreNamed() {
        ObjectNode json = open();
        json.put("message_id", 42);
        json.put("sequence_step", 1.5);
        json.putArray("campaign_id");
        json.withObjectProperty("engagement").put("link_index", "3").put("url", false);

        assertThat(errorsOf(json)).containsExactlyInAnyOrder(
                "message_id must be a string, got an integer",
                "sequence_step must be an integer, got a decimal number",
                "campaign_id must be a string, got an array",
                "engagement.link_index must be an integer, got a string",
                "engagement.url must be a string, got a boolean");
    }

    @Test
    void numbersOutOfRangeAreRejected() {
        ObjectNode json = open();
        json.put("sequence_step", 0);
        json.withObjectProperty("engagement").put("link_index", 40_000);

        assertThat(errorsOf(json)).containsExactlyInAnyOrder(
                "sequence_step must be between 1 and 65535, got '0'",
                "engagement.link_index must be between 0 and 32767, got '40000'");
    }

    @Test
    void emptyStringsAreRejected() {
        assertThat(errorsOf(open().put("variant", " "))).containsExactly("variant must not be empty (omit the field instead)");
    }

    @Test
    void unknownNestedFieldsAreRejected() {
        ObjectNode json = open();
        json.withObjectProperty("engagement").put("referer", "x");

        assertThat(errorsOf(json)).containsExactly("unknown field 'engagement.referer'");
    }

    @Test
    void detailsThatDoNotBelongToTheTypeAreRejected() {
        ObjectNode json = open();
        json.putObject("bounce").put("bounce_type", "hard");
        json.putObject("conversion").put("conversion_type", "deal_won");

        assertThat(errorsOf(json)).containsExactly(
                "bounce does not belong to type open (it takes engagement)",
                "conversion does not belong to type open (it takes engagement)");
        assertThat(errorsOf(base("unsubscribe").set("reply", MAPPER.createObjectNode())))
                .containsExactly("reply does not belong to type unsubscribe (it takes no details object)");
    }

    @Test
    void detailsMustBeObjects() {
        assertThat(errorsOf(open().put("engagement", "GET /pixel")))
                .containsExactly("engagement must be an object, got a string");
    }

    @Test
    void idsAreLimitedTo256Characters() {
        assertThat(errorsOf(open().put("event_id", "e".repeat(EventJson.MAX_ID_LENGTH)))).isEmpty();
        assertThat(errorsOf(open().put("event_id", "e".repeat(EventJson.MAX_ID_LENGTH + 1))))
                .containsExactly("event_id is 257 characters long, the limit is 256");
    }

    @Test
    void freeTextsAreLimitedTo8Kilobytes() {
        ObjectNode fits = open();
        fits.withObjectProperty("engagement").put("user_agent", "u".repeat(EventJson.MAX_TEXT_LENGTH));
        ObjectNode tooLong = open();
        tooLong.withObjectProperty("engagement").put("user_agent", "u".repeat(EventJson.MAX_TEXT_LENGTH + 1));

        assertThat(errorsOf(fits)).isEmpty();
        assertThat(errorsOf(tooLong)).containsExactly("engagement.user_agent is 8193 characters long, the limit is 8192");
    }

    @Test
    void messageAndContactAreRequiredForEveryTypeButConversion() {
        assertThat(errorsOf(base("delivered").without(List.of("message_id", "contact_id")))).containsExactly(
                "message_id is required for type delivered", "contact_id is required for type delivered");
        assertThat(errorsOf(conversion())).isEmpty();
        assertThat(errorsOf(conversion().without("contact_id"))).containsExactly("contact_id is required for type conversion");
    }

    @Test
    void sendNeedsCampaignMailboxAndSendingDomain() {
        assertThat(errorsOf(base("send"))).containsExactly(
                "campaign_id is required for type send",
                "mailbox is required for type send",
                "sending_domain is required for type send");
    }

    @Test
    void recipientTimezoneMustBeAnIanaZone() {
        ObjectNode json = base("send").put("campaign_id", "c").put("mailbox", "a@b.io").put("sending_domain", "b.io");
        json.putObject("send").put("recipient_timezone", "Mars/Olympus");

        assertThat(errorsOf(json)).containsExactly(
                "send.recipient_timezone 'Mars/Olympus' is not an IANA time zone id such as Europe/Berlin");
    }

    @Test
    void bounceNeedsAKnownBounceType() {
        assertThat(errorsOf(base("bounce"))).containsExactly("bounce is required for type bounce");
        ObjectNode withoutType = base("bounce");
        withoutType.putObject("bounce").put("reason", "user_unknown");
        assertThat(errorsOf(withoutType)).containsExactly("bounce.bounce_type is missing");
        ObjectNode badType = base("bounce");
        badType.putObject("bounce").put("bounce_type", "permanent");
        assertThat(errorsOf(badType))
                .containsExactly("bounce.bounce_type 'permanent' is not one of hard, soft, block, undetermined");
    }

    @Test
    void smtpCodesMustBeSmtpReplyCodes() {
        ObjectNode json = base("bounce");
        json.putObject("bounce").put("bounce_type", "soft").put("smtp_code", 5501);

        assertThat(errorsOf(json)).containsExactly("bounce.smtp_code must be between 100 and 599, got '5501'");
    }

    @Test
    void clickNeedsAUrl() {
        ObjectNode json = base("click");
        json.putObject("engagement").put("ip", "198.51.100.4");

        assertThat(errorsOf(json)).containsExactly("engagement.url is required for type click");
        assertThat(errorsOf(base("click"))).containsExactly("engagement is required for type click");
    }

    @Test
    void conversionNeedsATypeAndAValueNeedsACurrency() {
        ObjectNode withoutType = conversion();
        withoutType.withObjectProperty("conversion").remove("conversion_type");
        assertThat(errorsOf(withoutType)).containsExactly("conversion.conversion_type is missing");

        ObjectNode withoutCurrency = conversion();
        withoutCurrency.withObjectProperty("conversion").put("value", "10");
        assertThat(errorsOf(withoutCurrency)).containsExactly("conversion.currency is required when conversion.value is set");
    }

    @Test
    void conversionValuesMustFitTheDecimalColumn() {
        assertThat(conversionErrors("-1", "USD")).containsExactly("conversion.value must not be negative, got -1");
        assertThat(conversionErrors("1.00001", "USD"))
                .containsExactly("conversion.value has more than 4 decimal places: 1.00001");
        assertThat(conversionErrors("1e999999999", "USD"))
                .containsExactly("conversion.value must be below 10^14, got '1E+999999999'");
        assertThat(conversionErrors("100000000000000", "USD"))
                .containsExactly("conversion.value must be below 10^14, got '100000000000000'");
        assertThat(conversionErrors("99999999999999.9999", "USD")).isEmpty();
        assertThat(conversionErrors("ten", "USD")).containsExactly("conversion.value must be a decimal number, got 'ten'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"usd", "EURO", "XYZ", "$"})
    void currenciesMustBeIso4217Codes(String currency) {
        assertThat(conversionErrors("1", currency))
                .containsExactly("conversion.currency must be an ISO 4217 code such as USD, got '" + currency + "'");
    }

    @Test
    void anItemThatIsNoObjectIsRejected() {
        assertThat(EventJson.read(MAPPER.createArrayNode(), TENANT, RECEIVED_AT).errors())
                .containsExactly("an event must be a JSON object, got an array");
    }

    @Test
    void longOffendingValuesAreCutShortInMessages() {
        String error = errorsOf(open().put("type", "x".repeat(10_000))).get(0);

        assertThat(error).hasSizeLessThan(200);
    }

    @Test
    void orElseThrowListsTheErrors() {
        EventReadResult result = EventJson.read(MAPPER.createObjectNode(), TENANT, RECEIVED_AT);

        assertThat(result.isValid()).isFalse();
        assertThatThrownBy(result::orElseThrow)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid event: event_id is missing; type is missing; occurred_at is missing");
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> EventJson.read("{\"event_id\":", TENANT, RECEIVED_AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not JSON");
    }

    private static List<String> conversionErrors(String value, String currency) {
        ObjectNode json = conversion();
        json.withObjectProperty("conversion").put("value", value).put("currency", currency);
        return errorsOf(json);
    }

    private static List<String> errorsOf(JsonNode json) {
        EventReadResult result = EventJson.read(json, TENANT, RECEIVED_AT);
        assertThat(result.isValid()).isEqualTo(result.errors().isEmpty());
        return result.errors();
    }

    private static ObjectNode base(String type) {
        return MAPPER.createObjectNode()
                .put("event_id", "e-" + type)
                .put("type", type)
                .put("occurred_at", "2026-11-25T10:00:00Z")
                .put("message_id", "m-1")
                .put("contact_id", "ct-1");
    }

    private static ObjectNode open() {
        ObjectNode json = base("open");
        json.putObject("engagement").put("user_agent", "Mozilla/5.0").put("http_method", "GET");
        return json;
    }

    private static ObjectNode conversion() {
        ObjectNode json = base("conversion").without("message_id");
        json.putObject("conversion").put("conversion_type", "meeting_booked");
        return json;
    }

    private static JsonNode fixture(String type) throws IOException {
        try (InputStream in = EventJsonTest.class.getResourceAsStream("json/" + type + ".json")) {
            assertThat(in).as("fixture json/%s.json", type).isNotNull();
            return MAPPER.readTree(in);
        }
    }
}
