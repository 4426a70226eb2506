package com.penguinmails.streamjobs.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.events.v1.DeliveryDetails;
import com.penguinmails.events.v1.EngagementClass;
import com.penguinmails.events.v1.EngagementDetails;
import com.penguinmails.events.v1.Enrichment;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.streamjobs.clickhouse.RowBinaryOutput;
import com.penguinmails.streamjobs.clickhouse.RowBinaryReader;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsRowTest {

    /** Columns every message event of the fixtures carries. */
    private static final Map<String, Object> ENVELOPE = Map.ofEntries(
            Map.entry("tenant_id", "t-acme"),
            Map.entry("occurred_at", EventFixtures.OCCURRED_AT),
            Map.entry("received_at", EventFixtures.RECEIVED_AT),
            Map.entry("workspace_id", "ws-1"),
            Map.entry("message_id", "m-1"),
            Map.entry("campaign_id", "c-1"),
            Map.entry("variant", "A"),
            Map.entry("sequence_step", 2),
            Map.entry("mailbox", "sam@send.acme.io"),
            Map.entry("sending_domain", "send.acme.io"),
            Map.entry("sending_ip", "203.0.113.7"),
            Map.entry("contact_id", "ct-9"),
            Map.entry("recipient_domain", "gmail.com"));

    @Test
    void tableColumnsAreTheMigrationsColumnsInOrder() {
        assertThat(EventsRow.TABLE.name()).isEqualTo("events");
        assertThat(EventsRow.TABLE.columns()).containsExactlyElementsOf(EventsTableDdl.columns().keySet());
    }

    @Test
    void rowComponentsAreTheColumnsInOrder() {
        List<String> components = Arrays.stream(EventsRow.class.getRecordComponents())
                .map(RecordComponent::getName)
                .map(EventsRowTest::snakeCase)
                .toList();

        assertThat(components).containsExactlyElementsOf(EventsRow.TABLE.columns());
    }

    @Test
    void mapsSend() {
        assertColumns(EventFixtures.send("e-1"), Map.of("event_id", "e-1", "event_type", "send",
                "recipient_timezone", "Europe/Paris"));
    }

    @Test
    void mapsDeliveredAndDeferredFromDeliveryDetails() {
        assertColumns(EventFixtures.delivered("e-2"), Map.of("event_id", "e-2", "event_type", "delivered",
                "remote_mx", "gmail-smtp-in.l.google.com", "smtp_code", 250, "enhanced_status_code", "2.0.0",
                "diagnostic", "250 2.0.0 OK"));
        assertColumns(EventFixtures.deferred("e-3"), Map.of("event_id", "e-3", "event_type", "deferred",
                "remote_mx", "mx.yahoo.com", "smtp_code", 421, "enhanced_status_code", "4.7.0",
                "diagnostic", "421 4.7.0 try again later"));
    }

    @Test
    void mapsBounce() {
        assertColumns(EventFixtures.bounce("e-4"), Map.of("event_id", "e-4", "event_type", "bounce",
                "bounce_type", "hard", "bounce_reason", "user_unknown", "enhanced_status_code", "5.1.1",
                "smtp_code", 550, "diagnostic", "550 5.1.1 no such user", "remote_mx", "gmail-smtp-in.l.google.com"));
    }

    @Test
    void mapsOpenWithoutLinkAsNoLinkIndex() {
        assertColumns(EventFixtures.open("e-5"), Map.of("event_id", "e-5", "event_type", "open",
                "ip", "198.51.100.23", "user_agent", "Mozilla/5.0 (Macintosh)", "http_method", "GET"));
    }

    @Test
    void mapsClick() {
        assertColumns(EventFixtures.click("e-6"), Map.of("event_id", "e-6", "event_type", "click",
                "ip", "198.51.100.24", "user_agent", "Mozilla/5.0 (Windows NT 10.0)",
                "url", "https://acme.io/pricing?utm=ü", "link_index", 3, "http_method", "GET"));
    }

    @Test
    void mapsEnrichmentAndHoneypot() {
        Event click = EventFixtures.click("e-13");
        click.getEngagement().setHoneypot(true);
        click.setEnrichment(new Enrichment(EngagementClass.security_scanner, 0.875f,
                List.of("method:head", "honeypot-link"), "microsoft", "America/Chicago", false, false, true));
        Event open = EventFixtures.open("e-14");
        open.setEnrichment(new Enrichment(EngagementClass.image_proxy, 0.9f, List.of("ua:google-image-proxy"),
                "google", "Europe/Paris", true, true, false));

        EventsRow clickRow = EventsRow.of(click);
        EventsRow openRow = EventsRow.of(open);

        assertThat(clickRow.honeypot()).isTrue();
        assertThat(clickRow.engagementClass()).isEqualTo("security_scanner");
        assertThat(clickRow.classificationConfidence()).isEqualTo(0.875f);
        assertThat(clickRow.classificationReasons()).containsExactly("method:head", "honeypot-link");
        assertThat(clickRow.mailboxProvider()).isEqualTo("microsoft");
        assertThat(clickRow.localTimezone()).isEqualTo("America/Chicago");
        assertThat(clickRow.firstOfMessage()).isFalse();
        assertThat(clickRow.firstOfType()).isTrue();
        assertThat(openRow.honeypot()).isFalse();
        assertThat(openRow.engagementClass()).isEqualTo("image_proxy");
        assertThat(openRow.firstOfMessage()).isTrue();
        assertThat(openRow.firstOfContact()).isTrue();
        assertThat(openRow.firstOfType()).isFalse();

        RowBinaryOutput out = new RowBinaryOutput();
        clickRow.writeTo(out);
        RowBinaryReader reader = new RowBinaryReader(out.takeBytes());
        Map<String, Object> read = new LinkedHashMap<>();
        EventsTableDdl.columns().forEach((column, type) -> read.put(column, reader.read(type)));
        assertThat(reader.hasRemaining()).isFalse();
        assertThat(read).isEqualTo(columnsOf(clickRow)).containsEntry("first_of_type", true);
    }

    @Test
    void mapsReplyUnsubscribeAndComplaint() {
        assertColumns(EventFixtures.reply("e-7"), Map.of("event_id", "e-7", "event_type", "reply",
                "is_auto_reply", true));
        assertColumns(EventFixtures.unsubscribe("e-8"), Map.of("event_id", "e-8", "event_type", "unsubscribe"));
        assertColumns(EventFixtures.complaint("e-9"), Map.of("event_id", "e-9", "event_type", "complaint",
                "feedback_type", "abuse"));
    }

    @Test
    void mapsConversionWithoutMessageFields() {
        Map<String, Object> expected = new LinkedHashMap<>(defaults());
        expected.putAll(Map.of("tenant_id", "t-acme", "occurred_at", EventFixtures.OCCURRED_AT,
                "received_at", EventFixtures.RECEIVED_AT, "event_id", "e-10", "event_type", "conversion",
                "campaign_id", "c-1", "contact_id", "ct-9", "conversion_type", "deal_won",
                "conversion_value", new BigDecimal("1234.5000"), "currency", "EUR"));

        assertThat(columnsOf(EventsRow.of(EventFixtures.conversion("e-10")))).isEqualTo(expected);
    }

    @Test
    void mapsAbsentFieldsToEmptyZeroOrNoLinkIndex() {
        Map<String, Object> expected = new LinkedHashMap<>(defaults());
        expected.putAll(Map.of("tenant_id", "t-acme", "occurred_at", EventFixtures.OCCURRED_AT,
                "received_at", EventFixtures.RECEIVED_AT, "event_id", "e-11", "event_type", "unknown"));

        assertThat(columnsOf(EventsRow.of(EventFixtures.minimal("e-11")))).isEqualTo(expected);
    }

    @Test
    void prefersBounceDetailsOverDeliveryDetailsFieldByField() {
        Event event = Event.newBuilder(EventFixtures.bounce("e-12"))
                .setDelivery(DeliveryDetails.newBuilder().setRemoteMx("other-mx").setSmtpCode(250).build())
                .build();
        event.getBounce().setRemoteMx(null);

        EventsRow row = EventsRow.of(event);

        assertThat(row.remoteMx()).isEqualTo("other-mx");
        assertThat(row.smtpCode()).isEqualTo(550);
    }

    @Test
    void writesEveryTypeAsRowBinaryThatReadsBackByTheMigrationsTypes() {
        Map<String, String> ddl = EventsTableDdl.columns();
        for (Event event : EventFixtures.everyType("rb")) {
            EventsRow row = EventsRow.of(event);
            RowBinaryOutput out = new RowBinaryOutput();
            row.writeTo(out);

            RowBinaryReader reader = new RowBinaryReader(out.takeBytes());
            Map<String, Object> read = new LinkedHashMap<>();
            ddl.forEach((column, type) -> read.put(column, reader.read(type)));

            assertThat(reader.hasRemaining()).as("bytes left after the last column of %s", event.getType()).isFalse();
            assertThat(read).as("%s read back", event.getType()).isEqualTo(columnsOf(row));
        }
    }

    @Test
    void rejectsWhatTheTableCannotHold() {
        assertRejected(Event.newBuilder(EventFixtures.minimal("e")).setTenantId(" ").build(), "tenant_id");
        assertRejected(Event.newBuilder(EventFixtures.minimal("e")).setEventId("").build(), "event_id");
        assertRejected(Event.newBuilder(EventFixtures.minimal("e")).setSequenceStep(70_000).build(), "sequence_step");
        assertRejected(Event.newBuilder(EventFixtures.minimal("e")).setSequenceStep(-1).build(), "sequence_step");
        assertRejected(Event.newBuilder(EventFixtures.minimal("e"))
                .setOccurredAt(Instant.parse("2300-01-01T00:00:00Z")).build(), "occurred_at");
        assertRejected(Event.newBuilder(EventFixtures.minimal("e"))
                .setReceivedAt(Instant.parse("1899-12-31T23:59:59Z")).build(), "received_at");
        assertRejected(Event.newBuilder(EventFixtures.minimal("e"))
                .setDelivery(DeliveryDetails.newBuilder().setSmtpCode(70_000).build()).build(), "smtp_code");
        assertRejected(Event.newBuilder(EventFixtures.minimal("e"))
                .setEngagement(EngagementDetails.newBuilder().setLinkIndex(-1).build()).build(), "link_index");
        assertRejected(Event.newBuilder(EventFixtures.minimal("e"))
                .setEngagement(EngagementDetails.newBuilder().setLinkIndex(40_000).build()).build(), "link_index");

        Event hugeConversion = EventFixtures.conversion("e");
        hugeConversion.getConversion().setValue(new BigDecimal("100000000000000.0000"));
        assertRejected(hugeConversion, "conversion_value");
        Event preciseConversion = EventFixtures.conversion("e");
        preciseConversion.getConversion().setValue(new BigDecimal("1.00001"));
        assertRejected(preciseConversion, "conversion_value");
    }

    @Test
    void acceptsTheLargestValuesTheColumnsHold() {
        Event event = Event.newBuilder(EventFixtures.conversion("e"))
                .setSequenceStep(65_535)
                .setEngagement(EngagementDetails.newBuilder().setLinkIndex(32_767).build())
                .setOccurredAt(Instant.parse("2299-12-31T23:59:59.999Z"))
                .build();
        event.getConversion().setValue(new BigDecimal("-99999999999999.9999"));

        EventsRow row = EventsRow.of(event);

        assertThat(row.sequenceStep()).isEqualTo(65_535);
        assertThat(row.linkIndex()).isEqualTo(32_767);
        assertThat(row.conversionValue()).isEqualByComparingTo("-99999999999999.9999");
    }

    private static void assertRejected(Event event, String column) {
        assertThatThrownBy(() -> EventsRow.of(event))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(column);
    }

    /** Asserts every column: the envelope, then {@code specific}, and defaults for all the rest. */
    private static void assertColumns(Event event, Map<String, Object> specific) {
        Map<String, Object> expected = new LinkedHashMap<>(defaults());
        expected.putAll(ENVELOPE);
        expected.putAll(specific);

        assertThat(columnsOf(EventsRow.of(event))).as("columns of %s", event.getType()).isEqualTo(expected);
    }

    private static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (RecordComponent component : EventsRow.class.getRecordComponents()) {
            Class<?> type = component.getType();
            Object value = type == String.class ? ""
                    : type == int.class ? 0
                    : type == boolean.class ? false
                    : type == BigDecimal.class ? new BigDecimal("0.0000")
                    : type == float.class ? 0.0f
                    : type == List.class ? List.of()
                    : null;
            defaults.put(snakeCase(component.getName()), value);
        }
        defaults.put("link_index", EventsRow.NO_LINK_INDEX);
        return defaults;
    }

    private static Map<String, Object> columnsOf(EventsRow row) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (RecordComponent component : EventsRow.class.getRecordComponents()) {
            try {
                columns.put(snakeCase(component.getName()), component.getAccessor().invoke(row));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return columns;
    }

    private static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void everyEventTypeIsCoveredByTheFixtures() {
        assertThat(EventFixtures.everyType("x")).extracting(Event::getType)
                .containsExactlyInAnyOrder(EventType.values());
    }
}
