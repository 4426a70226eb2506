package com.penguinmails.query.request;

import java.time.ZoneId;
import java.util.Set;

/**
 * Reads {@code tz}, the IANA time zone (e.g. {@code Europe/Berlin}) a view cuts days and weeks in: the tenant's own
 * zone, UTC when absent.
 *
 * <p>Only region names ClickHouse also knows are accepted ({@code UTC}, {@code Etc/GMT+5}, {@code America/New_York},
 * ...): Java's offset forms ({@code +05:30}, {@code UTC+1}) and its {@code SystemV/} aliases are refused, so a zone
 * that passes here never makes the query fail.
 */
public final class TimeZoneParameter {

    /** The query parameter naming the zone. */
    public static final String PARAMETER = "tz";

    /** The zone of a request that names none. */
    public static final ZoneId UTC = ZoneId.of("UTC");

    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private TimeZoneParameter() {
    }

    /**
     * The zone {@code tz} names, UTC when absent.
     *
     * @throws InvalidQueryParameterException when it is repeated or not an IANA zone name
     */
    public static ZoneId parse(QueryParameters parameters) {
        return parameters.optional(PARAMETER).map(TimeZoneParameter::zone).orElse(UTC);
    }

    private static ZoneId zone(String text) {
        if (!ZONES.contains(text) || text.startsWith("SystemV/")) {
            throw new InvalidQueryParameterException("tz must be an IANA time zone name such as Europe/Berlin or UTC;"
                    + " got " + QueryParameters.quote(text));
        }
        return ZoneId.of(text);
    }
}
