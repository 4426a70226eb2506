package com.penguinmails.operational.domains;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The steps of a domain's DMARC policy from monitoring to enforcement: {@code none}, then {@code quarantine} for 25, 50
 * and 100 percent of failing mail, then {@code reject}. A domain starts at {@code none} and advances one step at a time.
 */
public enum DmarcStage {
    NONE("none", 100),
    QUARANTINE_25("quarantine", 25),
    QUARANTINE_50("quarantine", 50),
    QUARANTINE_100("quarantine", 100),
    REJECT("reject", 100);

    private final String policy;
    private final int percent;

    DmarcStage(String policy, int percent) {
        this.policy = policy;
        this.percent = percent;
    }

    /** The {@code p=} value. */
    public String policy() {
        return policy;
    }

    /** The {@code pct=} value; 100 is the default and is left out of the record. */
    public int percent() {
        return percent;
    }

    /** The next step, or this one when it is already {@link #REJECT}. */
    public DmarcStage next() {
        return this == REJECT ? REJECT : values()[ordinal() + 1];
    }

    /** The wire name, e.g. {@code quarantine_25}. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stage of a wire name. */
    @JsonCreator
    public static DmarcStage fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
