package com.penguinmails.ingestion.events;

import java.util.List;

/**
 * One invalid item of a request and why it was refused.
 *
 * @param index 0-based position of the item: in the JSON array, or among the non-blank lines of an NDJSON body
 * @param errors one message per problem, each naming its field
 */
public record Rejection(int index, List<String> errors) {

    public Rejection {
        errors = List.copyOf(errors);
    }
}
