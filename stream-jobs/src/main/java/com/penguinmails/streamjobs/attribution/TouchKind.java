package com.penguinmails.streamjobs.attribution;

import java.util.Locale;

/** The kinds of engagement that can be a touch of a conversion's journey: a human open, a human click, a reply. */
public enum TouchKind {
    OPEN,
    CLICK,
    REPLY;

    /** The lower-case name stored in ClickHouse and used in configuration ({@code open}, {@code click}, {@code reply}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
