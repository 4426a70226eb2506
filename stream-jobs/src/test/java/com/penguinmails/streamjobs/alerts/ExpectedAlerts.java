package com.penguinmails.streamjobs.alerts;

import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent, brute-force computation of the alerts a bounce-rate rule on sending domains should give: after
 * every event of a domain, the rate is recounted from the raw events whose minute lies in the window ending at the
 * minute of the newest event seen, and a plain state machine applies volume, threshold and cooldown.
 */
final class ExpectedAlerts {

    /** One expected episode: fired at, resolved at (null while firing). */
    record Episode(Instant firedAt, Instant resolvedAt) {
    }

    private ExpectedAlerts() {
    }

    static List<Episode> bounceRate(List<Event> events, String domain, double threshold, Duration window,
            long minVolume, Duration cooldown) {
        List<Event> seen = new ArrayList<>();
        List<Episode> episodes = new ArrayList<>();
        Instant clock = Instant.MIN;
        Instant firedAt = null;
        Instant resolvedAt = null;
        for (Event event : events) {
            boolean counted = event.getType() == EventType.send || event.getType() == EventType.bounce;
            if (!domain.equals(event.getSendingDomain()) || !counted) {
                continue;
            }
            seen.add(event);
            if (event.getOccurredAt().isAfter(clock)) {
                clock = event.getOccurredAt();
            }
            long lastMinute = clock.getEpochSecond() / 60;
            long firstMinuteExclusive = lastMinute - window.toMinutes();
            long sent = 0;
            long bounced = 0;
            for (Event past : seen) {
                long minute = past.getOccurredAt().getEpochSecond() / 60;
                if (minute > firstMinuteExclusive && minute <= lastMinute) {
                    if (past.getType() == EventType.send) {
                        sent++;
                    } else {
                        bounced++;
                    }
                }
            }
            boolean holds = sent >= minVolume && (double) bounced / sent > threshold;
            if (firedAt == null && holds
                    && (resolvedAt == null || !clock.isBefore(resolvedAt.plus(cooldown)))) {
                firedAt = clock;
            } else if (firedAt != null && !holds) {
                resolvedAt = clock;
                episodes.add(new Episode(firedAt, resolvedAt));
                firedAt = null;
            }
        }
        if (firedAt != null) {
            episodes.add(new Episode(firedAt, null));
        }
        return episodes;
    }
}
