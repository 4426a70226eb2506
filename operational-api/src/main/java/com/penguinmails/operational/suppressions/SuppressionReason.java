package com.penguinmails.operational.suppressions;

import com.fasterxml.jackson.annotation.JsonValue;
import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.Event;
import java.util.Locale;
import java.util.Optional;

/** Why a recipient is suppressed. */
public enum SuppressionReason {
    HARD_BOUNCE,
    COMPLAINT,
    UNSUBSCRIBE,
    MANUAL;

    /** The wire and database name, e.g. {@code hard_bounce}. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason named {@code wireName}. */
    public static SuppressionReason fromWireName(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether {@code event} suppresses its contact, and why: a hard bounce ({@code bounce.bounce_type == hard}), a
     * complaint or an unsubscribe that names a contact. Soft and undetermined bounces, blocks and everything else do not.
     */
    public static Optional<SuppressionReason> of(Event event) {
        if (event.getContactId() == null || event.getContactId().isEmpty()) {
            return Optional.empty();
        }
        return switch (event.getType()) {
            case bounce -> event.getBounce() != null && event.getBounce().getBounceType() == BounceType.hard
                    ? Optional.of(HARD_BOUNCE) : Optional.empty();
            case complaint -> Optional.of(COMPLAINT);
            case unsubscribe -> Optional.of(UNSUBSCRIBE);
            default -> Optional.empty();
        };
    }
}
