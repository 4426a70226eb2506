package com.penguinmails.operational.health;

import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether a new result opens or closes a health alert episode: a check that turns failing while no episode is
 * open fires one; a check that is ok or warning again while one is open resolves it; unknown results change nothing
 * (a blocklist refusing to answer neither fires nor resolves). Pure.
 */
public final class AlertTransition {

    /** What to publish. */
    public enum Change { NONE, FIRE, RESOLVE }

    private AlertTransition() {
    }

    /**
     * @param openSince when the open episode fired, empty when none is open
     * @param status the new result's status
     */
    public static Change of(Optional<Instant> openSince, CheckStatus status) {
        if (status == CheckStatus.FAILING && openSince.isEmpty()) {
            return Change.FIRE;
        }
        if ((status == CheckStatus.OK || status == CheckStatus.WARNING) && openSince.isPresent()) {
            return Change.RESOLVE;
        }
        return Change.NONE;
    }
}
