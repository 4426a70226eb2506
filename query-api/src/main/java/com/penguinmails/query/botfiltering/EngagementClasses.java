package com.penguinmails.query.botfiltering;

import java.util.List;
import java.util.Set;

/**
 * The engagement classes of the stream job's classifier (stream-jobs/CLASSIFICATION.md) and which of them count as a
 * person: an open when human or image_proxy (a person's open fetched through a webmail proxy), a click only when human,
 * the same rule as {@code audience=human} everywhere else.
 */
public final class EngagementClasses {

    /** The classes in report order; events stored before classification existed have class "" (unclassified). */
    public static final List<String> KNOWN =
            List.of("human", "image_proxy", "apple_mpp", "security_scanner", "bot", "unknown");

    /** The name reported for events without a class. */
    public static final String UNCLASSIFIED = "unclassified";

    private static final Set<String> HUMAN_OPENS = Set.of("human", "image_proxy");
    private static final Set<String> HUMAN_CLICKS = Set.of("human");

    private EngagementClasses() {
    }

    /** Whether an event of {@code eventType} (open or click) and {@code engagementClass} counts as human. */
    public static boolean countsAsHuman(String eventType, String engagementClass) {
        return ("open".equals(eventType) ? HUMAN_OPENS : HUMAN_CLICKS).contains(engagementClass);
    }

    /** The class as reported: the stored name, or {@link #UNCLASSIFIED} for "". */
    public static String reported(String storedClass) {
        return storedClass.isEmpty() ? UNCLASSIFIED : storedClass;
    }
}
