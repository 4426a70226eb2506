package com.penguinmails.streamjobs.enrichment;

import com.penguinmails.events.v1.EngagementClass;
import com.penguinmails.events.v1.EventType;

/**
 * Which engagements count towards unique opens and clicks: an open made by a person, directly or through a webmail
 * image proxy (a real open without location), and a click made by a person. Apple MPP prefetches, scanners, bots and
 * unknown requests never do.
 */
final class UniqueEngagement {

    private UniqueEngagement() {
    }

    /** Whether an event of {@code type} with {@code engagementClass} is a human open or click. */
    static boolean isHuman(EventType type, EngagementClass engagementClass) {
        if (type == EventType.open) {
            return engagementClass == EngagementClass.human || engagementClass == EngagementClass.image_proxy;
        }
        return type == EventType.click && engagementClass == EngagementClass.human;
    }
}
