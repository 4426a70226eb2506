package com.penguinmails.streamjobs.alerts;

import java.util.Locale;

/** Whether an alert record announces that its condition started or stopped holding. */
public enum AlertState {
    /** The condition holds (sent once per episode). */
    FIRING,
    /** The condition stopped holding, or its rule was deleted or disabled. */
    RESOLVED;

    /** The name on the wire, e.g. {@code firing}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
