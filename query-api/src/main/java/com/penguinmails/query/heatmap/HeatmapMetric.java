package com.penguinmails.query.heatmap;

import com.penguinmails.query.request.InvalidQueryParameterException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The human engagement a send-time recommendation optimises: opens, clicks or replies per message sent. */
public enum HeatmapMetric {
    OPENS,
    CLICKS,
    REPLIES;

    /** The metric's name as the API spells it ({@code opens}, {@code clicks}, {@code replies}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This metric's human events in a cell. */
    public long count(HeatmapCell cell) {
        return switch (this) {
            case OPENS -> cell.opensHuman();
            case CLICKS -> cell.clicksHuman();
            case REPLIES -> cell.repliesHuman();
        };
    }

    /**
     * The metric named by a query parameter.
     *
     * @throws InvalidQueryParameterException when the text names no metric
     */
    public static HeatmapMetric parse(String text) {
        for (HeatmapMetric metric : values()) {
            if (metric.wireName().equals(text)) {
                return metric;
            }
        }
        throw new InvalidQueryParameterException("metric must be one of "
                + Arrays.stream(values()).map(HeatmapMetric::wireName).collect(Collectors.joining(", ")));
    }
}
