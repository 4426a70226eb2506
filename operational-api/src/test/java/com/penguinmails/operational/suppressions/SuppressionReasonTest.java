package com.penguinmails.operational.suppressions;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.events.v1.BounceDetails;
import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SuppressionReasonTest {

    @Test
    void hardBouncesComplaintsAndUnsubscribesSuppress() {
        assertThat(SuppressionReason.of(bounce(BounceType.hard, "ct-1"))).contains(SuppressionReason.HARD_BOUNCE);
        assertThat(SuppressionReason.of(event(EventType.complaint, "ct-1"))).contains(SuppressionReason.COMPLAINT);
        assertThat(SuppressionReason.of(event(EventType.unsubscribe, "ct-1"))).contains(SuppressionReason.UNSUBSCRIBE);
    }

    @Test
    void softBouncesBlocksAndOtherEventsDoNot() {
        assertThat(SuppressionReason.of(bounce(BounceType.soft, "ct-1"))).isEmpty();
        assertThat(SuppressionReason.of(bounce(BounceType.block, "ct-1"))).isEmpty();
        assertThat(SuppressionReason.of(bounce(BounceType.undetermined, "ct-1"))).isEmpty();
        assertThat(SuppressionReason.of(event(EventType.open, "ct-1"))).isEmpty();
        assertThat(SuppressionReason.of(event(EventType.reply, "ct-1"))).isEmpty();
    }

    @Test
    void eventsWithoutAContactCannotSuppress() {
        assertThat(SuppressionReason.of(event(EventType.complaint, null))).isEmpty();
        assertThat(SuppressionReason.of(bounce(BounceType.hard, ""))).isEmpty();
    }

    @Test
    void readsAndWritesTheWireNames() {
        assertThat(SuppressionReason.HARD_BOUNCE.wireName()).isEqualTo("hard_bounce");
        assertThat(SuppressionReason.fromWireName("unsubscribe")).isEqualTo(SuppressionReason.UNSUBSCRIBE);
    }

    static Event event(EventType type, String contactId) {
        return Event.newBuilder()
                .setEventId("e-" + type + "-" + contactId)
                .setTenantId("t-1")
                .setType(type)
                .setOccurredAt(Instant.parse("2026-11-25T10:00:00Z"))
                .setReceivedAt(Instant.parse("2026-11-25T10:00:01Z"))
                .setContactId(contactId)
                .build();
    }

    static Event bounce(BounceType bounceType, String contactId) {
        Event event = event(EventType.bounce, contactId);
        event.setBounce(BounceDetails.newBuilder().setBounceType(bounceType).build());
        return event;
    }
}
