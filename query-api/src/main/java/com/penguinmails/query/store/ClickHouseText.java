package com.penguinmails.query.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Writes values in the text form ClickHouse parses for a query parameter of the matching type. */
public final class ClickHouseText {

    private static final DateTimeFormatter DATE_TIME_64_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private ClickHouseText() {
    }

    /**
     * Escapes a string for a {@code String} parameter. ClickHouse reads parameter values with TabSeparated escaping,
     * so without this a backslash in the value would start an escape sequence (or make the query fail) instead of
     * standing for itself.
     */
    public static String string(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\b' -> escaped.append("\\b");
                case '\f' -> escaped.append("\\f");
                case '\0' -> escaped.append("\\0");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Formats an instant for a {@code DateTime64(3, 'UTC')} parameter, rounding a sub-millisecond remainder up.
     *
     * <p>Rounding up is exact for both ends of a half-open range compared with a millisecond column:
     * {@code t >= x} and {@code t < x} hold for the same millisecond values {@code t} as {@code t >= ceil(x)} and
     * {@code t < ceil(x)}.
     */
    public static String dateTime64Millis(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        Instant roundedUp = millis.equals(instant) ? millis : millis.plusMillis(1);
        return DATE_TIME_64_MILLIS.format(roundedUp);
    }
}
