package com.penguinmails.traffic.recipients;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Where recipients live and when they are awake: time zones weighted by region, and how active a person is at a
 * given instant in their zone (working hours peak, nights and weekends quiet).
 */
public final class RecipientTimeZones {

    private static final String[] GLOBAL = {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
        "America/Sao_Paulo", "America/Toronto", "Europe/London", "Europe/Paris", "Europe/Berlin", "Europe/Madrid",
        "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "Africa/Johannesburg", "Asia/Dubai"};
    private static final double[] GLOBAL_WEIGHTS = {0.22, 0.10, 0.04, 0.12, 0.03, 0.04, 0.10, 0.06, 0.06, 0.03, 0.05,
        0.04, 0.03, 0.04, 0.02, 0.02};
    private static final String[] DACH = {"Europe/Berlin", "Europe/Vienna", "Europe/Zurich"};
    private static final double[] DACH_WEIGHTS = {0.7, 0.15, 0.15};
    private static final String[] RUSSIA = {"Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Novosibirsk"};
    private static final double[] RUSSIA_WEIGHTS = {0.7, 0.1, 0.1, 0.1};

    /** Relative activity by local hour 0..23: reading mail peaks mid-morning and mid-afternoon. */
    private static final double[] HOURLY_ACTIVITY = {0.05, 0.03, 0.02, 0.02, 0.03, 0.08, 0.25, 0.55, 0.90, 1.00, 0.95,
        0.85, 0.70, 0.80, 0.90, 0.85, 0.75, 0.60, 0.45, 0.40, 0.35, 0.30, 0.20, 0.10};
    private static final double WEEKEND_FACTOR = 0.35;
    private static final long MILLIS_PER_HOUR = 3_600_000L;

    private final Map<String, ZoneRules> rules = new HashMap<>();

    /** Picks a zone for a recipient of {@code region}. */
    static String pick(MailboxProvider.Region region, SplittableRandom random) {
        return switch (region) {
            case DACH -> weighted(DACH, DACH_WEIGHTS, random);
            case RUSSIA -> weighted(RUSSIA, RUSSIA_WEIGHTS, random);
            case GLOBAL -> weighted(GLOBAL, GLOBAL_WEIGHTS, random);
        };
    }

    /**
     * How likely a person in {@code zone} is to be reading mail at {@code epochMillis}, from 0.0 to 1.0 (10:00 on a
     * weekday).
     */
    public double activity(String zone, long epochMillis) {
        ZoneRules zoneRules = rules.computeIfAbsent(zone, id -> ZoneId.of(id).getRules());
        long offsetMillis = zoneRules.getOffset(Instant.ofEpochMilli(epochMillis)).getTotalSeconds() * 1000L;
        long localHours = Math.floorDiv(epochMillis + offsetMillis, MILLIS_PER_HOUR);
        int hourOfDay = (int) Math.floorMod(localHours, 24L);
        long epochDay = Math.floorDiv(localHours, 24L);
        int dayOfWeek = (int) Math.floorMod(epochDay + 3, 7L); // 1970-01-01 was a Thursday; 0 = Monday
        double weekday = dayOfWeek >= 5 ? WEEKEND_FACTOR : 1.0;
        return HOURLY_ACTIVITY[hourOfDay] * weekday;
    }

    private static String weighted(String[] values, double[] weights, SplittableRandom random) {
        double r = random.nextDouble();
        for (int i = 0; i < values.length - 1; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
