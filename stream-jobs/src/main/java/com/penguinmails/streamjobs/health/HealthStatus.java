package com.penguinmails.streamjobs.health;

/** The verdict on a sending scope's health; stored lower-case in {@code sending_health.status}. */
public enum HealthStatus {
    /** Every judged rate is below its warning limit. */
    HEALTHY,
    /** A rate reached its warning limit. */
    WARNING,
    /** A rate reached its critical limit. */
    CRITICAL,
    /** Neither window has enough volume to judge. */
    INSUFFICIENT_VOLUME;

    /** The stored name, e.g. {@code warning}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
