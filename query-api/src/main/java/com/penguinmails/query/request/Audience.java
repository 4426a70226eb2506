package com.penguinmails.query.request;

import java.util.Locale;

/**
 * Whose engagement a view counts: {@code all} counts every open and click; {@code human} only those the stream job
 * classified as people (opens: human or image_proxy; clicks: human), dropping Apple MPP prefetches, security scanners
 * and bots.
 */
public enum Audience {
    ALL,
    HUMAN;

    /** The query parameter naming the audience. */
    public static final String PARAMETER = "audience";

    /** The engagement classes counted as human opens. */
    public static final String HUMAN_OPEN_CLASSES_SQL = "('human', 'image_proxy')";

    /** The engagement classes counted as human clicks. */
    public static final String HUMAN_CLICK_CLASSES_SQL = "('human')";

    /**
     * Reads {@code audience}, {@code all} when absent.
     *
     * @throws InvalidQueryParameterException on any other value
     */
    public static Audience parse(QueryParameters parameters) {
        return parameters.optional(PARAMETER).map(Audience::fromWire).orElse(ALL);
    }

    private static Audience fromWire(String text) {
        for (Audience audience : values()) {
            if (audience.wireName().equals(text)) {
                return audience;
            }
        }
        throw new InvalidQueryParameterException(
                "audience must be 'all' or 'human'; got " + QueryParameters.quote(text));
    }

    /** The name in requests and answers: all or human. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
