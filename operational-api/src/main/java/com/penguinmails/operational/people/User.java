package com.penguinmails.operational.people;

import java.time.Instant;
import java.util.Optional;

/**
 * A person who signs in, as stored (with the password hash and sealed TOTP seeds, so never serialised to clients).
 *
 * @param totpSecretSealed the active TOTP seed, sealed; null when two-factor is off
 * @param totpPendingSealed a seed being set up, sealed; null when none
 * @param totpLastStep the last accepted TOTP step, or null
 */
public record User(
        String id,
        String tenantId,
        String email,
        String displayName,
        String passwordHash,
        int failedLogins,
        int lockouts,
        Instant lockedUntil,
        byte[] totpSecretSealed,
        byte[] totpPendingSealed,
        Long totpLastStep,
        Instant createdAt) {

    /** Whether sign-in needs a second factor. */
    public boolean totpEnabled() {
        return totpSecretSealed != null;
    }

    /** When the current lock ends, if locked at some time. */
    public Optional<Instant> lockedUntilIfAny() {
        return Optional.ofNullable(lockedUntil);
    }

    /** The TOTP context a seed of this user is sealed under. */
    public String totpSealContext() {
        return "totp:" + id;
    }

    @Override
    public String toString() {
        return "User[" + id + "]";
    }
}
