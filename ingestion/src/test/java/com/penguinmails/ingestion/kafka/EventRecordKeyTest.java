package com.penguinmails.ingestion.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventRecordKeyTest {

    @Test
    void keyIsTenantAndMessageThenContactThenEvent() {
        assertThat(key(event("m-1", "ct-1"))).isEqualTo("acme/m-1");
        assertThat(key(event(null, "ct-1"))).isEqualTo("acme/ct-1");
        assertThat(key(event(null, null))).isEqualTo("acme/e-1");
    }

    @Test
    void keyIsUtf8() {
        assertThat(EventRecordKey.of(event("mü", null))).isEqualTo("acme/mü".getBytes(StandardCharsets.UTF_8));
    }

    private static String key(Event event) {
        return new String(EventRecordKey.of(event), StandardCharsets.UTF_8);
    }

    private static Event event(String messageId, String contactId) {
        return Event.newBuilder()
                .setEventId("e-1")
                .setTenantId("acme")
                .setType(EventType.unsubscribe)
                .setOccurredAt(Instant.parse("2026-11-25T10:00:00Z"))
                .setReceivedAt(Instant.parse("2026-11-25T10:00:01Z"))
                .setMessageId(messageId)
                .setContactId(contactId)
                .build();
    }
}
