package com.penguinmails.operational.domains;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The result of checking one record in DNS. */
public enum RecordStatus {
    /** Published as required. */
    FOUND,
    /** Nothing of the kind is published (or the resolver did not answer: see the detail). */
    MISSING,
    /** Something is published but not what is required: the check says what was seen. */
    WRONG;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
