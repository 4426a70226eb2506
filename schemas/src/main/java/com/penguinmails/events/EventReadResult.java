package com.penguinmails.events;

import com.penguinmails.events.v1.Event;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading one event from its JSON wire format: either the event, or every problem found in the item.
 *
 * @param event the event read, or null when the item is invalid
 * @param errors one human-readable message per problem, each naming the field concerned; empty when the item is valid
 */
public record EventReadResult(Event event, List<String> errors) {

    public EventReadResult {
        errors = List.copyOf(errors);
        if ((event == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a result holds either an event or errors, not both or neither");
        }
    }

    /** A successful read. */
    public static EventReadResult valid(Event event) {
        return new EventReadResult(Objects.requireNonNull(event, "event"), List.of());
    }

    /** A failed read with at least one error. */
    public static EventReadResult invalid(List<String> errors) {
        return new EventReadResult(null, errors);
    }

    /** Whether the item was a valid event. */
    public boolean isValid() {
        return event != null;
    }

    /**
     * Returns the event, or throws when the item was invalid.
     *
     * @throws IllegalArgumentException listing every error, when the item was invalid
     */
    public Event orElseThrow() {
        if (event == null) {
            throw new IllegalArgumentException("invalid event: " + String.join("; ", errors));
        }
        return event;
    }
}
