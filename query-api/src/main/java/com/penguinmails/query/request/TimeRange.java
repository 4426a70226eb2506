package com.penguinmails.query.request;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A half-open interval of event time, {@code [from, to)} in UTC: an event at exactly {@code to} belongs to the next
 * range, so consecutive ranges never count an event twice.
 *
 * @param from inclusive start, never null
 * @param to exclusive end, strictly after {@code from}
 */
public record TimeRange(Instant from, Instant to) {

    /** The earliest instant accepted: the lower bound of ClickHouse's DateTime64. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    /** The latest instant accepted: the upper bound of ClickHouse's DateTime64 at millisecond precision. */
    public static final Instant LATEST = Instant.parse("2299-12-31T23:59:59.999Z");

    private static final long SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /**
     * Parses and checks a range given as two ISO-8601 date-times with an offset (e.g. {@code 2026-11-01T00:00:00Z} or
     * {@code 2026-11-01T01:00:00+01:00}).
     *
     * @param fromText the {@code from} parameter as given, not null
     * @param toText the {@code to} parameter as given, not null
     * @param maxSpan the longest range accepted
     * @throws InvalidQueryParameterException when either text does not parse, is outside [{@link #EARLIEST},
     *     {@link #LATEST}], when {@code from} is not before {@code to}, or when the range is longer than {@code maxSpan}
     */
    public static TimeRange parse(String fromText, String toText, Duration maxSpan) {
        Instant from = parseInstant("from", fromText);
        Instant to = parseInstant("to", toText);
        if (!from.isBefore(to)) {
            throw new InvalidQueryParameterException("from (" + from + ") must be before to (" + to + ")");
        }
        if (Duration.between(from, to).compareTo(maxSpan) > 0) {
            throw new InvalidQueryParameterException(
                    "the range from " + from + " to " + to + " is longer than the maximum of " + describe(maxSpan));
        }
        return new TimeRange(from, to);
    }

    private static Instant parseInstant(String name, String text) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidQueryParameterException(name + " must be an ISO-8601 date-time with an offset, e.g. "
                    + "2026-11-01T00:00:00Z; got " + QueryParameters.quote(text));
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidQueryParameterException(
                    name + " must be between " + EARLIEST + " and " + LATEST + "; got " + instant);
        }
        return instant;
    }

    private static String describe(Duration span) {
        long seconds = span.toSeconds();
        boolean wholeDays = seconds % SECONDS_PER_DAY == 0 && span.toNanosPart() == 0;
        return wholeDays ? seconds / SECONDS_PER_DAY + " days" : span.toString();
    }
}
