package com.penguinmails.query.heatmap;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One slot of the 7 x 24 engagement heatmap: what happened in one day-of-week and hour of the recipients' local time.
 *
 * @param dayOfWeek 1 (Monday) .. 7 (Sunday), ISO-8601
 * @param hour 0 .. 23
 * @param sends messages sent in the slot
 * @param opensHuman human opens in the slot (engagement class human or image_proxy)
 * @param clicksHuman human clicks in the slot
 * @param repliesHuman replies that are not auto-replies in the slot
 */
public record HeatmapCell(
        @JsonProperty("day_of_week") int dayOfWeek,
        @JsonProperty("hour") int hour,
        @JsonProperty("sends") long sends,
        @JsonProperty("opens_human") long opensHuman,
        @JsonProperty("clicks_human") long clicksHuman,
        @JsonProperty("replies_human") long repliesHuman) {

    public HeatmapCell {
        if (dayOfWeek < 1 || dayOfWeek > 7 || hour < 0 || hour > 23) {
            throw new IllegalArgumentException("No such slot: day " + dayOfWeek + ", hour " + hour);
        }
        if (sends < 0 || opensHuman < 0 || clicksHuman < 0 || repliesHuman < 0) {
            throw new IllegalArgumentException("Counts must not be negative");
        }
    }

    /** An empty slot. */
    public static HeatmapCell empty(int dayOfWeek, int hour) {
        return new HeatmapCell(dayOfWeek, hour, 0, 0, 0, 0);
    }
}
