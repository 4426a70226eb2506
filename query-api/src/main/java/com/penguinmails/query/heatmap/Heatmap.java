package com.penguinmails.query.heatmap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A complete 7 x 24 engagement matrix in the recipients' local time: every slot present, Monday 00h first. */
public final class Heatmap {

    /** Days in a week. */
    public static final int DAYS = 7;
    /** Hours in a day. */
    public static final int HOURS = 24;

    private final List<HeatmapCell> cells;

    private Heatmap(List<HeatmapCell> cells) {
        this.cells = Collections.unmodifiableList(cells);
    }

    /**
     * The matrix holding the given slots, the others empty.
     *
     * @throws IllegalArgumentException when a slot is given twice
     */
    public static Heatmap of(List<HeatmapCell> given) {
        HeatmapCell[] slots = new HeatmapCell[DAYS * HOURS];
        for (HeatmapCell cell : given) {
            int index = index(cell.dayOfWeek(), cell.hour());
            if (slots[index] != null) {
                throw new IllegalArgumentException("Slot given twice: day " + cell.dayOfWeek() + ", hour " + cell.hour());
            }
            slots[index] = cell;
        }
        List<HeatmapCell> cells = new ArrayList<>(slots.length);
        for (int i = 0; i < slots.length; i++) {
            cells.add(slots[i] != null ? slots[i] : HeatmapCell.empty(i / HOURS + 1, i % HOURS));
        }
        return new Heatmap(cells);
    }

    /** All 168 slots, Monday 00h, Monday 01h, ..., Sunday 23h. */
    public List<HeatmapCell> cells() {
        return cells;
    }

    /** The slot of a day of week (1 = Monday .. 7 = Sunday) and hour (0..23). */
    public HeatmapCell cell(int dayOfWeek, int hour) {
        return cells.get(index(dayOfWeek, hour));
    }

    /** Messages sent over the whole matrix. */
    public long totalSends() {
        return cells.stream().mapToLong(HeatmapCell::sends).sum();
    }

    /** The metric's events over the whole matrix. */
    public long total(HeatmapMetric metric) {
        return cells.stream().mapToLong(metric::count).sum();
    }

    private static int index(int dayOfWeek, int hour) {
        if (dayOfWeek < 1 || dayOfWeek > DAYS || hour < 0 || hour >= HOURS) {
            throw new IllegalArgumentException("No such slot: day " + dayOfWeek + ", hour " + hour);
        }
        return (dayOfWeek - 1) * HOURS + hour;
    }
}
