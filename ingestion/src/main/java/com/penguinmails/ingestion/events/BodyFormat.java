package com.penguinmails.ingestion.events;

import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/** The two ways a request body can carry events. */
public enum BodyFormat {

    /** {@code application/json}: one JSON array of event objects. */
    JSON_ARRAY,

    /** {@code application/x-ndjson}: one event object per line; blank lines are ignored. */
    NDJSON;

    /** The media type of newline-delimited JSON. */
    public static final String NDJSON_TYPE = "application/x-ndjson";

    /** The format a {@code Content-Type} announces, or empty for any other type (or none). */
    public static Optional<BodyFormat> of(MediaType contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        if (contentType.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !contentType.isWildcardSubtype()) {
            return Optional.of(JSON_ARRAY);
        }
        if (contentType.getType().equalsIgnoreCase("application")
                && contentType.getSubtype().equalsIgnoreCase("x-ndjson")) {
            return Optional.of(NDJSON);
        }
        return Optional.empty();
    }
}
