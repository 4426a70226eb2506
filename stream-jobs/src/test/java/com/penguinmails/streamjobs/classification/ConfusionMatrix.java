package com.penguinmails.streamjobs.classification;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts of true label × verdict for a classifier run, with precision, recall and human-vs-machine accuracy. */
public final class ConfusionMatrix {

    public static final List<EngagementClass> LABELS = List.of(EngagementClass.HUMAN, EngagementClass.APPLE_MPP,
            EngagementClass.IMAGE_PROXY, EngagementClass.SECURITY_SCANNER, EngagementClass.BOT);

    private final Map<EngagementClass, Map<EngagementClass, Integer>> counts = new EnumMap<>(EngagementClass.class);
    private int total;

    public ConfusionMatrix() {
        for (EngagementClass label : LABELS) {
            counts.put(label, new EnumMap<>(EngagementClass.class));
        }
    }

    public void record(EngagementClass label, EngagementClass verdict) {
        counts.get(label).merge(verdict, 1, Integer::sum);
        total++;
    }

    public int count(EngagementClass label, EngagementClass verdict) {
        return counts.get(label).getOrDefault(verdict, 0);
    }

    public int total(EngagementClass label) {
        return counts.get(label).values().stream().mapToInt(Integer::intValue).sum();
    }

    public int total() {
        return total;
    }

    public double recall(EngagementClass engagementClass) {
        return (double) count(engagementClass, engagementClass) / total(engagementClass);
    }

    public double precision(EngagementClass engagementClass) {
        int predicted = LABELS.stream().mapToInt(label -> count(label, engagementClass)).sum();
        return predicted == 0 ? 0.0 : (double) count(engagementClass, engagementClass) / predicted;
    }

    /** Humans called human plus machines called anything but human (unknown counts as "not a person"). */
    public double humanVersusMachineAccuracy() {
        int right = count(EngagementClass.HUMAN, EngagementClass.HUMAN);
        for (EngagementClass label : LABELS) {
            if (label != EngagementClass.HUMAN) {
                right += total(label) - count(label, EngagementClass.HUMAN);
            }
        }
        return (double) right / total;
    }

    public String report(String title) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%n%s: %,d opens and clicks%n", title, total));
        text.append(String.format(Locale.ROOT, "%-17s", "label \\ verdict"));
        for (EngagementClass verdict : EngagementClass.values()) {
            text.append(String.format(Locale.ROOT, "%17s", verdict.code()));
        }
        text.append(String.format(Locale.ROOT, "%n"));
        for (EngagementClass label : LABELS) {
            text.append(String.format(Locale.ROOT, "%-17s", label.code()));
            for (EngagementClass verdict : EngagementClass.values()) {
                text.append(String.format(Locale.ROOT, "%17d", count(label, verdict)));
            }
            text.append(String.format(Locale.ROOT, "%n"));
        }
        for (EngagementClass label : LABELS) {
            text.append(String.format(Locale.ROOT, "%-17s precision %.4f  recall %.4f  (n=%d)%n", label.code(),
                    precision(label), recall(label), total(label)));
        }
        text.append(String.format(Locale.ROOT, "human-vs-machine accuracy %.4f%n", humanVersusMachineAccuracy()));
        return text.toString();
    }
}
