package com.penguinmails.ingestion.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.events.EventCodec;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.ingestion.tracking.TrackingToken.Purpose;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrackingEventsTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00.123Z");
    private static final TrackingRequest REQUEST = new TrackingRequest("198.51.100.23", "Mozilla/5.0", "HEAD");

    @Test
    void aClickCarriesTheTokensIdsAndTheRequestsEvidence() {
        Event click = TrackingEvents.of(EventType.click, TrackingTokensTest.CLICK, REQUEST, "e-1", AT);

        assertThat(click.getEventId()).isEqualTo("e-1");
        assertThat(click.getTenantId()).isEqualTo("acme");
        assertThat(click.getOccurredAt()).isEqualTo(AT);
        assertThat(click.getReceivedAt()).isEqualTo(AT);
        assertThat(click.getMessageId()).isEqualTo("m-1");
        assertThat(click.getCampaignId()).isEqualTo("c-1");
        assertThat(click.getVariant()).isEqualTo("A");
        assertThat(click.getSequenceStep()).isEqualTo(2);
        assertThat(click.getContactId()).isEqualTo("ct-9");
        assertThat(click.getEngagement().getUrl()).isEqualTo(TrackingTokensTest.CLICK.targetUrl());
        assertThat(click.getEngagement().getLinkIndex()).isEqualTo(3);
        assertThat(click.getEngagement().getHttpMethod()).isEqualTo("HEAD");
        assertThat(click.getEngagement().getIp()).isEqualTo("198.51.100.23");
        assertThat(click.getEngagement().getHoneypot()).isFalse();
        assertThat(EventCodec.decode(EventCodec.encode(click))).isEqualTo(click);
    }

    @Test
    void anOpenHasNoLinkAndAnUnsubscribeNoDetails() {
        TrackingToken open = TrackingTokensTest.CLICK.with(Purpose.OPEN, null, null, false);

        Event openEvent = TrackingEvents.of(EventType.open, open, REQUEST, "e-2", AT);
        Event unsubscribe = TrackingEvents.of(EventType.unsubscribe, open, REQUEST, "e-3", AT);

        assertThat(openEvent.getEngagement().getUrl()).isNull();
        assertThat(openEvent.getEngagement().getLinkIndex()).isNull();
        assertThat(openEvent.getEngagement().getHoneypot()).isNull();
        assertThat(openEvent.getEngagement().getUserAgent()).isEqualTo("Mozilla/5.0");
        assertThat(unsubscribe.getEngagement()).isNull();
        assertThat(EventCodec.decode(EventCodec.encode(unsubscribe))).isEqualTo(unsubscribe);
    }

    @Test
    void aLongUserAgentIsCut() {
        assertThat(new TrackingRequest(null, "x".repeat(5000), "GET").userAgent())
                .hasSize(TrackingRequest.MAX_USER_AGENT_CHARS);
    }
}
