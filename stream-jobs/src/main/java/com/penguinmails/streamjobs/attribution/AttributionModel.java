package com.penguinmails.streamjobs.attribution;

import java.util.Locale;

/**
 * The attribution models computed for every conversion, side by side; see {@code stream-jobs/ATTRIBUTION.md} for the
 * formulas.
 */
public enum AttributionModel {
    /** All credit to the earliest touch in the window. */
    FIRST_TOUCH,
    /** All credit to the latest touch at or before the conversion. */
    LAST_TOUCH,
    /** Equal credit to every touch. */
    LINEAR,
    /** Weight 2^(-(t_conversion - t_touch) / half_life), normalised to 1. */
    TIME_DECAY,
    /** 40 % first, 40 % last, 20 % split over the middle; two touches 50/50, one touch 100 %. */
    POSITION_BASED;

    /** The snake_case name stored in ClickHouse and returned by the query API, e.g. {@code time_decay}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
