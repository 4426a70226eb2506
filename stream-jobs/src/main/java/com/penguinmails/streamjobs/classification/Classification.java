package com.penguinmails.streamjobs.classification;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on one open or click: its class, how sure the classifier is (0 to 1) and the stable codes of the rules
 * that fired, e.g. {@code ip:apple-mpp-range}, {@code method:head}, {@code burst:3-links-within-2000ms}.
 *
 * <p>Reasons are listed in the order the rules ran; they include evidence for other classes that was outweighed, so a
 * reader can see why a verdict was close. {@code CLASSIFICATION.md} in the module lists every code.
 */
public record Classification(EngagementClass engagementClass, double confidence, List<String> reasons)
        implements Serializable {

    public Classification {
        Objects.requireNonNull(engagementClass, "engagementClass");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        reasons = List.copyOf(reasons);
    }

    /** Whether a person is behind the request: only {@link EngagementClass#HUMAN} counts. */
    public boolean isHuman() {
        return engagementClass == EngagementClass.HUMAN;
    }
}
