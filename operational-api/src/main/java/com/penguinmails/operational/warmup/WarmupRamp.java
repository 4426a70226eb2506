package com.penguinmails.operational.warmup;

import java.util.ArrayList;
import java.util.List;

/**
 * A daily volume ramp: the most a sender may send on day 1, 2, ... of its warm-up; after the last day it stays at the
 * last volume (the target). Pure.
 */
public record WarmupRamp(List<Integer> volumes) {

    /** The longest ramp accepted, in days. */
    public static final int MAX_DAYS = 365;

    public WarmupRamp {
        volumes = List.copyOf(volumes);
        List<String> problems = problems(volumes);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * The default curve: {@code start} on day 1, {@code target} on day {@code days}, growing by the same factor every
     * day (rounded to whole messages, never decreasing). E.g. 20 → 2000 over 30 days grows about 17 % a day; 20 → 640
     * over 6 days doubles: 20, 40, 80, 160, 320, 640.
     */
    public static WarmupRamp geometric(int start, int target, int days) {
        if (start < 1 || target < start || days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("need 1 <= start <= target and 1 <= days <= " + MAX_DAYS);
        }
        if (days == 1) {
            return new WarmupRamp(List.of(target));
        }
        double factor = Math.pow((double) target / start, 1.0 / (days - 1));
        List<Integer> volumes = new ArrayList<>();
        int previous = 0;
        for (int day = 0; day < days; day++) {
            int volume = day == days - 1 ? target : (int) Math.round(start * Math.pow(factor, day));
            volume = Math.max(previous, Math.min(volume, target));
            volumes.add(volume);
            previous = volume;
        }
        return new WarmupRamp(volumes);
    }

    /** Why {@code volumes} is not a ramp: empty, too long, a volume below 1, or a day lower than the day before. */
    public static List<String> problems(List<Integer> volumes) {
        List<String> problems = new ArrayList<>();
        if (volumes.isEmpty() || volumes.size() > MAX_DAYS) {
            problems.add("ramp must have 1 to " + MAX_DAYS + " daily volumes");
        }
        for (int i = 0; i < volumes.size(); i++) {
            Integer volume = volumes.get(i);
            if (volume == null || volume < 1) {
                problems.add("ramp volumes must be at least 1 (day " + (i + 1) + ")");
                break;
            }
            if (i > 0 && volume < volumes.get(i - 1)) {
                problems.add("ramp must not decrease (day " + (i + 1) + ")");
                break;
            }
        }
        return problems;
    }

    /** The volume of step {@code step} (0 = day 1); past the end, the target. */
    public int volumeAt(int step) {
        return volumes.get(Math.max(0, Math.min(step, volumes.size() - 1)));
    }

    /** The target: the last day's volume. */
    public int target() {
        return volumes.get(volumes.size() - 1);
    }

    /** The number of days the ramp takes. */
    public int days() {
        return volumes.size();
    }

    /**
     * The step a cut goes back to from {@code step}: the latest step whose volume is at most half of {@code step}'s
     * volume, or day 1 when none is.
     */
    public int halvedFrom(int step) {
        int half = volumeAt(step) / 2;
        int back = 0;
        for (int i = 0; i < Math.min(step, volumes.size()); i++) {
            if (volumes.get(i) <= half) {
                back = i;
            }
        }
        return back;
    }
}
