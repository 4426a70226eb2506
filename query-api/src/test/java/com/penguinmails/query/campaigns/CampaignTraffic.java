package com.penguinmails.query.campaigns;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded campaign traffic for the ITs: messages of several campaigns, variants, steps, providers and domains, each
 * with its delivery or bounce and its engagement (machine opens and clicks included), as the stream job would have
 * enriched them. Variant B replies and opens more than A, so the A/B answers have something to find.
 */
final class CampaignTraffic {

    /** Sends fall in [SEND_START, SEND_START + 10 days). */
    static final Instant SEND_START = Instant.parse("2026-11-02T00:00:00Z");

    private final Random random;
    private final List<GeneratedCampaignEvent> events = new ArrayList<>();
    private int sequence;

    CampaignTraffic(long seed) {
        this.random = new Random(seed);
    }

    List<GeneratedCampaignEvent> events() {
        return List.copyOf(events);
    }

    /** Adds {@code messages} messages of one campaign and variant, in workspace {@code ws-2} for c-gamma, else ws-1. */
    CampaignTraffic campaign(String tenant, String campaignId, String variant, int messages, double openRate,
            double replyRate) {
        String workspace = campaignId.equals("c-gamma") ? "ws-2" : "ws-1";
        for (int i = 0; i < messages; i++) {
            String message = tenant + "-" + campaignId + "-" + variant + "-" + i;
            int step = 1 + random.nextInt(2);
            String provider = random.nextBoolean() ? "google" : "microsoft";
            String domain = random.nextInt(3) == 0 ? "send2.acme.io" : "send.acme.io";
            Instant sent = SEND_START.plusSeconds(random.nextInt(10 * 24 * 3600));
            Event base = new Event(tenant, message, workspace, campaignId, variant, step, provider, domain);
            add(base, "send", sent, "", "", false, false);
            double fate = random.nextDouble();
            if (fate < 0.08) {
                String[] types = {"hard", "soft", "block"};
                add(base, "bounce", sent.plusSeconds(30), types[random.nextInt(3)], "", false, false);
                continue;
            }
            add(base, "delivered", sent.plusSeconds(60), "", "", false, false);
            if (random.nextDouble() < 0.3) {
                add(base, "open", sent.plusSeconds(120), "", "apple_mpp", false, false);
            }
            if (random.nextDouble() < openRate) {
                Instant opened = sent.plus(Duration.ofMinutes(30 + random.nextInt(3000)));
                add(base, "open", opened, "", random.nextInt(5) == 0 ? "image_proxy" : "human", true, false);
                if (random.nextDouble() < 0.3) {
                    add(base, "open", opened.plusSeconds(3600), "", "human", false, false);
                }
                if (random.nextDouble() < 0.3) {
                    add(base, "click", opened.plusSeconds(20), "", "human", true, false);
                }
            }
            if (random.nextDouble() < 0.1) {
                add(base, "click", sent.plusSeconds(90), "", "security_scanner", false, false);
            }
            if (random.nextDouble() < replyRate) {
                add(base, "reply", sent.plus(Duration.ofHours(2 + random.nextInt(40))), "", "", false, false);
            }
            if (random.nextDouble() < 0.05) {
                add(base, "reply", sent.plusSeconds(300), "", "", false, true);
            }
            if (random.nextDouble() < 0.02) {
                add(base, "unsubscribe", sent.plus(Duration.ofHours(5)), "", "", false, false);
            }
            if (random.nextDouble() < 0.01) {
                add(base, "complaint", sent.plus(Duration.ofHours(6)), "", "", false, false);
            }
        }
        return this;
    }

    private void add(Event base, String type, Instant at, String bounceType, String engagementClass,
            boolean firstOfMessage, boolean autoReply) {
        events.add(new GeneratedCampaignEvent(base.tenant, base.tenant + "-e" + (++sequence), type, at, base.message,
                base.workspace, base.campaign, base.variant, base.step, base.provider, base.domain, bounceType,
                engagementClass, firstOfMessage, autoReply));
    }

    private record Event(String tenant, String message, String workspace, String campaign, String variant, int step, String provider,
            String domain) {
    }
}
