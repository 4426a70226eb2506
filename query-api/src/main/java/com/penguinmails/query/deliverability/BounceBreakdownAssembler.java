package com.penguinmails.query.deliverability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Folds the per-(group, reason) counters of the bounce-breakdown query into one judged row per group. */
public final class BounceBreakdownAssembler {

    private static final Comparator<BounceReasonCount> MOST_FIRST = Comparator
            .comparingLong(BounceReasonCount::bounces).reversed()
            .thenComparing(BounceReasonCount::bounceType)
            .thenComparing(BounceReasonCount::reason);

    private static final Comparator<BounceBreakdownRow> MOST_SENT_FIRST = Comparator
            .comparingLong(BounceBreakdownRow::sent).reversed()
            .thenComparing(BounceBreakdownRow::key);

    private final DeliverabilityThresholds thresholds;

    public BounceBreakdownAssembler(DeliverabilityThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** One row per distinct key, most sends first (then by key), each with its reasons most bounces first. */
    public List<BounceBreakdownRow> rows(List<BounceCounts> counts) {
        Map<String, List<BounceCounts>> byKey = new LinkedHashMap<>();
        for (BounceCounts pair : counts) {
            byKey.computeIfAbsent(pair.key(), key -> new ArrayList<>()).add(pair);
        }
        List<BounceBreakdownRow> rows = new ArrayList<>();
        byKey.forEach((key, pairs) -> rows.add(row(key, pairs)));
        rows.sort(MOST_SENT_FIRST);
        return rows;
    }

    private BounceBreakdownRow row(String key, List<BounceCounts> pairs) {
        long sent = 0;
        long delivered = 0;
        long complaints = 0;
        long bounced = 0;
        for (BounceCounts pair : pairs) {
            sent += pair.sent();
            delivered += pair.delivered();
            complaints += pair.complaints();
            bounced += pair.hard() + pair.soft() + pair.block() + pair.undetermined();
        }
        List<BounceReasonCount> reasons = new ArrayList<>();
        for (BounceCounts pair : pairs) {
            addReason(reasons, "hard", pair.reason(), pair.hard(), sent, bounced);
            addReason(reasons, "soft", pair.reason(), pair.soft(), sent, bounced);
            addReason(reasons, "block", pair.reason(), pair.block(), sent, bounced);
            addReason(reasons, "undetermined", pair.reason(), pair.undetermined(), sent, bounced);
        }
        reasons.sort(MOST_FIRST);
        return new BounceBreakdownRow(key, sent, delivered, bounced, complaints,
                DeliverabilityRates.ratio(bounced, sent), thresholds.bounceStatus(bounced, sent),
                DeliverabilityRates.ratio(complaints, delivered), thresholds.complaintStatus(complaints, delivered),
                reasons);
    }

    private static void addReason(List<BounceReasonCount> reasons, String type, String reason, long bounces,
            long sent, long bounced) {
        if (bounces > 0) {
            reasons.add(new BounceReasonCount(type, reason, bounces, DeliverabilityRates.ratio(bounces, sent),
                    DeliverabilityRates.ratio(bounces, bounced)));
        }
    }
}
