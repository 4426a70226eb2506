package com.penguinmails.operational.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides when failed sign-ins lock an account and for how long: after {@code threshold} consecutive failures the
 * account locks for {@code base}, and each further lockout without a successful sign-in in between doubles it, up to
 * {@code maximum}. Pure: the caller passes the time.
 */
public final class LockoutPolicy {

    /**
     * The sign-in state of an account.
     *
     * @param failedLogins consecutive failures since the last success or lockout
     * @param lockouts lockouts since the last successful sign-in
     * @param lockedUntil when the current lock ends, if locked
     */
    public record State(int failedLogins, int lockouts, Optional<Instant> lockedUntil) {
    }

    private final int threshold;
    private final Duration base;
    private final Duration maximum;

    public LockoutPolicy(int threshold, Duration base, Duration maximum) {
        this.threshold = threshold;
        this.base = base;
        this.maximum = maximum;
    }

    /** Whether {@code state} refuses sign-ins at {@code now}. */
    public boolean isLocked(State state, Instant now) {
        return state.lockedUntil().map(now::isBefore).orElse(false);
    }

    /** The state after one more failure at {@code now}. */
    public State afterFailure(State state, Instant now) {
        int failures = state.failedLogins() + 1;
        if (failures < threshold) {
            return new State(failures, state.lockouts(), state.lockedUntil());
        }
        int lockouts = state.lockouts() + 1;
        return new State(0, lockouts, Optional.of(now.plus(lockDuration(lockouts))));
    }

    /** The state after a successful sign-in: everything forgiven. */
    public State afterSuccess() {
        return new State(0, 0, Optional.empty());
    }

    /** How long the {@code lockout}-th consecutive lockout (1-based) lasts. */
    public Duration lockDuration(int lockout) {
        Duration duration = base;
        for (int i = 1; i < lockout && duration.compareTo(maximum) < 0; i++) {
            duration = duration.multipliedBy(2);
        }
        return duration.compareTo(maximum) > 0 ? maximum : duration;
    }
}
