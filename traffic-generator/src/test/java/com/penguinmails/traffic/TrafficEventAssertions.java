package com.penguinmails.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import java.util.List;

/** Checks that one generated event is complete and consistent for its type, as ingestion and the jobs expect. */
final class TrafficEventAssertions {

    private TrafficEventAssertions() {
    }

    static void assertValid(GeneratedEvent generated, List<String> tenantIds) {
        Event event = generated.event();
        String what = event.getType() + " " + event.getEventId();
        assertThat(event.getEventId()).as(what).matches("e-[0-9a-f]{16}");
        assertThat(event.getTenantId()).as(what).isIn(tenantIds);
        assertThat(event.getReceivedAt()).as(what).isEqualTo(event.getOccurredAt());
        assertThat(event.getContactId()).as(what).startsWith("ct-");
        assertThat(event.getRecipientDomain()).as(what).contains(".");
        assertThat(event.getWorkspaceId()).as(what).startsWith("ws-");

        boolean engagement = event.getType() == EventType.open || event.getType() == EventType.click;
        assertThat(generated.label() == TrafficLabel.NOT_APPLICABLE).as(what + " label " + generated.label())
                .isEqualTo(!engagement);

        if (event.getType() == EventType.conversion) {
            assertThat(event.getMessageId()).as(what).isNull();
        } else {
            assertThat(event.getMessageId()).as(what).matches("m-[0-9a-f]{16}");
            assertThat(event.getCampaignId()).as(what).startsWith("c-");
            assertThat(event.getVariant()).as(what).isIn("A", "B");
            assertThat(event.getSequenceStep()).as(what).isBetween(1, 4);
            assertThat(event.getMailbox()).as(what).endsWith("@" + event.getSendingDomain());
            assertThat(event.getSendingIp()).as(what).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        }

        assertThat(event.getSend() != null).as(what + " send").isEqualTo(event.getType() == EventType.send);
        assertThat(event.getDelivery() != null).as(what + " delivery")
                .isEqualTo(event.getType() == EventType.delivered || event.getType() == EventType.deferred);
        assertThat(event.getBounce() != null).as(what + " bounce").isEqualTo(event.getType() == EventType.bounce);
        assertThat(event.getEngagement() != null).as(what + " engagement").isEqualTo(engagement);
        assertThat(event.getReply() != null).as(what + " reply").isEqualTo(event.getType() == EventType.reply);
        assertThat(event.getComplaint() != null).as(what + " complaint").isEqualTo(event.getType() == EventType.complaint);
        assertThat(event.getConversion() != null).as(what + " conversion")
                .isEqualTo(event.getType() == EventType.conversion);

        switch (event.getType()) {
            case send -> assertThat(event.getSend().getRecipientTimezone()).as(what).contains("/");
            case delivered -> {
                assertThat(event.getDelivery().getSmtpCode()).as(what).isEqualTo(250);
                assertThat(event.getDelivery().getEnhancedStatusCode()).as(what).startsWith("2.");
                assertThat(event.getDelivery().getRemoteMx()).as(what).contains(".");
                assertThat(event.getDelivery().getDiagnostic()).as(what).startsWith("250");
            }
            case deferred -> {
                assertThat(event.getDelivery().getSmtpCode()).as(what).isBetween(400, 499);
                assertThat(event.getDelivery().getEnhancedStatusCode()).as(what).startsWith("4.");
                assertThat(event.getDelivery().getDiagnostic()).as(what).startsWith(event.getDelivery().getSmtpCode() + " ");
            }
            case bounce -> {
                var bounce = event.getBounce();
                assertThat(bounce.getBounceType()).as(what).isNotEqualTo(BounceType.undetermined);
                assertThat(bounce.getReason()).as(what).matches("[a-z_]+");
                assertThat(bounce.getEnhancedStatusCode()).as(what).matches("[245]\\.\\d{1,3}\\.\\d{1,3}");
                assertThat(bounce.getSmtpCode()).as(what).isBetween(400, 599);
                assertThat(bounce.getDiagnostic()).as(what).isNotBlank();
                if (bounce.getBounceType() != BounceType.soft) {
                    assertThat(bounce.getEnhancedStatusCode()).as(what).startsWith("5.");
                    assertThat(bounce.getSmtpCode()).as(what).isGreaterThanOrEqualTo(500);
                }
                if (!bounce.getReason().equals("host_unknown")) {
                    assertThat(bounce.getRemoteMx()).as(what).contains(".");
                }
            }
            case open, click -> {
                var request = event.getEngagement();
                assertThat(request.getIp()).as(what).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
                assertThat(request.getUserAgent()).as(what).isNotBlank();
                assertThat(request.getHttpMethod()).as(what).isIn("GET", "HEAD");
                if (event.getType() == EventType.click) {
                    assertThat(request.getUrl()).as(what).startsWith("https://");
                    // Index 0..2 are the campaign's links, links().size() (at most 3) its hidden honeypot link.
                    assertThat(request.getLinkIndex()).as(what).isBetween(0, 3);
                    assertThat(request.getHoneypot()).as(what).isNotNull();
                } else {
                    assertThat(request.getHoneypot()).as(what).isNull();
                    assertThat(request.getUrl()).as(what).isNull();
                    assertThat(request.getLinkIndex()).as(what).isNull();
                    assertThat(request.getHttpMethod()).as(what).isEqualTo("GET");
                }
            }
            case complaint -> assertThat(event.getComplaint().getFeedbackType()).as(what).isEqualTo("abuse");
            case conversion -> assertThat(event.getConversion().getConversionType()).as(what)
                    .isIn("meeting_booked", "deal_won");
            default -> {
            }
        }
    }
}
