package com.penguinmails.ingestion.tracking;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes the event ids of tracking hits: version-7 UUIDs (RFC 9562), the receipt time in milliseconds followed by 74
 * random bits.
 *
 * <p>An event id is an idempotency key, never a secret (nothing is authorized by knowing one), so the random bits come
 * from {@link ThreadLocalRandom} rather than {@code SecureRandom}: {@code UUID.randomUUID} serialized every request
 * thread on the shared {@code SecureRandom}'s monitors, and a thread preempted while holding them parked the others.
 * Two ids collide only if they share the millisecond and all 74 random bits; the stream job deduplicates within one
 * tenant and message, so that cannot merge two real hits in practice.
 */
public final class TimeOrderedEventIds {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC_9562 = 0x8000_0000_0000_0000L;
    private static final long LOW_62_BITS = 0x3FFF_FFFF_FFFF_FFFFL;
    private static final long LOW_12_BITS = 0x0FFFL;

    private TimeOrderedEventIds() {
    }

    /** A new id for an event received at {@code epochMillis}, in the canonical lower-case UUID spelling. */
    public static String next(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = (epochMillis << 16) | VERSION_7 | (random.nextLong() & LOW_12_BITS);
        long leastSignificant = VARIANT_RFC_9562 | (random.nextLong() & LOW_62_BITS);
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
