package com.penguinmails.query.botfiltering;

import com.penguinmails.query.overview.Rates;
import java.time.Instant;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the bot-filtering report from the per-bucket class counts and the reason counts the queries return. */
public final class BotFilteringAssembler {

    private BotFilteringAssembler() {
    }

    /**
     * The report of {@code request}.
     *
     * @param counts opens and clicks per series bucket and stored class
     * @param reasons reason counts (their {@code shareOfType} is recomputed here), most first
     */
    public static BotFilteringReport report(BotFilteringRequest request, List<ClassCount> counts,
            List<ReasonCount> reasons) {
        Map<Instant, long[]> series = new HashMap<>();
        for (ClassCount count : counts) {
            long[] bucket = series.computeIfAbsent(count.bucketStart(), start -> new long[4]);
            int offset = "open".equals(count.eventType()) ? 0 : 2;
            bucket[offset] += count.events();
            if (EngagementClasses.countsAsHuman(count.eventType(), count.engagementClass())) {
                bucket[offset + 1] += count.events();
            }
        }
        List<BotFilteringPoint> points = new ArrayList<>();
        for (Instant start : request.buckets().starts(request.range())) {
            long[] s = series.getOrDefault(start, new long[4]);
            points.add(new BotFilteringPoint(start, s[0], s[1], s[0] - s[1], s[2], s[3], s[2] - s[3]));
        }
        EngagementSplit opens = split("open", counts);
        EngagementSplit clicks = split("click", counts);
        List<ReasonCount> shared = reasons.stream().map(reason -> new ReasonCount(reason.eventType(),
                EngagementClasses.reported(reason.engagementClass()), reason.reason(), reason.events(),
                Rates.ratio(reason.events(), "open".equals(reason.eventType()) ? opens.total() : clicks.total())))
                .toList();
        return new BotFilteringReport(request.range().from(), request.range().to(), request.interval().wireName(),
                request.zone().getId(), opens, clicks, shared, points);
    }

    private static EngagementSplit split(String eventType, List<ClassCount> counts) {
        Map<String, Long> byClass = new LinkedHashMap<>();
        EngagementClasses.KNOWN.forEach(known -> byClass.put(known, 0L));
        Map<String, Long> others = new TreeMap<>();
        long total = 0;
        long human = 0;
        for (ClassCount count : counts) {
            if (!count.eventType().equals(eventType)) {
                continue;
            }
            total += count.events();
            if (EngagementClasses.countsAsHuman(eventType, count.engagementClass())) {
                human += count.events();
            }
            String reported = EngagementClasses.reported(count.engagementClass());
            (byClass.containsKey(reported) ? byClass : others).merge(reported, count.events(), Long::sum);
        }
        byClass.putAll(others);
        List<EngagementClassCount> classes = new ArrayList<>();
        for (Map.Entry<String, Long> entry : byClass.entrySet()) {
            classes.add(new EngagementClassCount(entry.getKey(), entry.getValue(), Rates.ratio(entry.getValue(), total),
                    EngagementClasses.countsAsHuman(eventType, entry.getKey())));
        }
        return new EngagementSplit(total, human, total - human, Rates.ratio(total - human, total), classes);
    }
}
