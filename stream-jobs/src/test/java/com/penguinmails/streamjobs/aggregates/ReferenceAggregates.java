package com.penguinmails.streamjobs.aggregates;

import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.Event;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The deliverability and heatmap aggregates computed in plain Java from the raw events a test produced, independently
 * of the SQL of the materialized views: the definitions of stream-jobs/DELIVERABILITY.md written out a second time.
 * Only the enrichment's decisions (class, provider, zone, first-of flags) are taken from what the job stored.
 */
final class ReferenceAggregates {

    /** The deliverability counters, in the column order of the tables. */
    static final List<String> COUNTERS = List.of("sent", "delivered", "deferred", "bounced_hard", "bounced_soft",
            "bounced_block", "bounced_undetermined", "complaints", "unsubscribes", "opens_all", "opens_human",
            "opens_unique", "opens_unique_contacts", "clicks_all", "clicks_human", "clicks_unique",
            "clicks_unique_contacts", "replies_human", "replies_auto");

    /** The heatmap counters, in the column order of the table. */
    static final List<String> HEATMAP_COUNTERS = List.of("sends", "opens_human", "clicks_human", "replies_human");

    private ReferenceAggregates() {
    }

    /** Deliverability counters per key with buckets of {@code unit} (minutes, hours or days, UTC). */
    static Map<DeliverabilityKey, List<Long>> deliverability(List<Event> events, Map<String, StoredEnrichment> stored,
            ChronoUnit unit) {
        Map<DeliverabilityKey, long[]> sums = new HashMap<>();
        for (Event event : events) {
            StoredEnrichment enrichment = enrichmentOf(event, stored);
            long[] counters = counters(event, enrichment);
            if (Arrays.stream(counters).allMatch(value -> value == 0)) {
                continue;
            }
            DeliverabilityKey key = new DeliverabilityKey(
                    event.getOccurredAt().truncatedTo(unit).getEpochSecond(),
                    enrichment.mailboxProvider(),
                    text(event.getSendingDomain()),
                    text(event.getSendingIp()),
                    text(event.getMailbox()),
                    text(event.getCampaignId()),
                    text(event.getVariant()),
                    event.getSequenceStep() == null ? 0 : event.getSequenceStep(),
                    event.getBounce() == null ? "" : text(event.getBounce().getReason()));
            add(sums.computeIfAbsent(key, k -> new long[COUNTERS.size()]), counters);
        }
        return freeze(sums);
    }

    /** Heatmap counters per (UTC hour, campaign, local day of week, local hour). */
    static Map<HeatmapKey, List<Long>> heatmap(List<Event> events, Map<String, StoredEnrichment> stored) {
        Map<HeatmapKey, long[]> sums = new HashMap<>();
        for (Event event : events) {
            StoredEnrichment enrichment = enrichmentOf(event, stored);
            String type = event.getType().name();
            boolean humanOpen = type.equals("open") && isHumanOpen(enrichment);
            boolean humanClick = type.equals("click") && enrichment.engagementClass().equals("human");
            boolean humanReply = type.equals("reply") && !isAutoReply(event);
            long[] counters = {type.equals("send") ? 1 : 0, humanOpen ? 1 : 0, humanClick ? 1 : 0, humanReply ? 1 : 0};
            if (Arrays.stream(counters).allMatch(value -> value == 0)) {
                continue;
            }
            ZonedDateTime local = event.getOccurredAt().atZone(zone(enrichment.localTimezone()));
            HeatmapKey key = new HeatmapKey(event.getOccurredAt().truncatedTo(ChronoUnit.HOURS).getEpochSecond(),
                    text(event.getCampaignId()), local.getDayOfWeek().getValue(), local.getHour());
            add(sums.computeIfAbsent(key, k -> new long[HEATMAP_COUNTERS.size()]), counters);
        }
        return freeze(sums);
    }

    private static long[] counters(Event event, StoredEnrichment enrichment) {
        long[] c = new long[COUNTERS.size()];
        switch (event.getType()) {
            case send -> c[0] = 1;
            case delivered -> c[1] = 1;
            case deferred -> c[2] = 1;
            case bounce -> {
                BounceType type = event.getBounce() == null ? BounceType.undetermined : event.getBounce().getBounceType();
                c[switch (type) {
                    case hard -> 3;
                    case soft -> 4;
                    case block -> 5;
                    case undetermined -> 6;
                }] = 1;
            }
            case complaint -> c[7] = 1;
            case unsubscribe -> c[8] = 1;
            case open -> {
                c[9] = 1;
                c[10] = isHumanOpen(enrichment) ? 1 : 0;
                c[11] = enrichment.firstOfMessage() ? 1 : 0;
                c[12] = enrichment.firstOfContact() ? 1 : 0;
            }
            case click -> {
                c[13] = 1;
                c[14] = enrichment.engagementClass().equals("human") ? 1 : 0;
                c[15] = enrichment.firstOfMessage() ? 1 : 0;
                c[16] = enrichment.firstOfContact() ? 1 : 0;
            }
            case reply -> c[isAutoReply(event) ? 18 : 17] = 1;
            default -> {
                // conversions and unknown types are not deliverability counters
            }
        }
        return c;
    }

    private static boolean isHumanOpen(StoredEnrichment enrichment) {
        return enrichment.engagementClass().equals("human") || enrichment.engagementClass().equals("image_proxy");
    }

    private static boolean isAutoReply(Event event) {
        return event.getReply() != null && Boolean.TRUE.equals(event.getReply().getIsAutoReply());
    }

    private static ZoneId zone(String name) {
        if (name.isEmpty() || !ZoneId.getAvailableZoneIds().contains(name)) {
            return ZoneOffset.UTC;
        }
        return ZoneId.of(name);
    }

    private static StoredEnrichment enrichmentOf(Event event, Map<String, StoredEnrichment> stored) {
        StoredEnrichment enrichment = stored.get(event.getEventId());
        if (enrichment == null) {
            throw new IllegalStateException("Event " + event.getEventId() + " was not stored");
        }
        return enrichment;
    }

    private static void add(long[] sums, long[] counters) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += counters[i];
        }
    }

    private static <K> Map<K, List<Long>> freeze(Map<K, long[]> sums) {
        Map<K, List<Long>> frozen = new HashMap<>();
        sums.forEach((key, values) -> frozen.put(key, Arrays.stream(values).boxed().toList()));
        return frozen;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
