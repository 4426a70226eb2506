package com.penguinmails.operational.twofactor;

import com.penguinmails.operational.people.User;
import com.penguinmails.operational.people.UserDao;
import com.penguinmails.operational.secrets.SecretSealer;
import java.time.Instant;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;

/**
 * Checks the second factor of a sign-in or a two-factor change: a TOTP code (remembering its step, so it cannot be
 * used again) or an unused backup code (spent by the check).
 */
public final class SecondFactor {

    private final SecretSealer sealer;

    public SecondFactor(SecretSealer sealer) {
        this.sealer = sealer;
    }

    /**
     * Whether {@code totpCode}, or else {@code backupCode}, is valid for {@code user} at {@code now}; a valid code is
     * consumed in {@code handle}'s transaction. The user row must be locked for update.
     */
    public boolean accept(Handle handle, User user, String totpCode, String backupCode, Instant now) {
        if (!user.totpEnabled()) {
            return false;
        }
        if (totpCode != null && !totpCode.isBlank()) {
            byte[] secret = sealer.open(user.totpSecretSealed(), user.totpSealContext());
            long lastStep = user.totpLastStep() == null ? Long.MIN_VALUE : user.totpLastStep();
            OptionalLong step = Totp.verify(secret, totpCode.trim(), now, lastStep);
            if (step.isPresent()) {
                UserDao.updateTotp(handle, user.id(), user.totpSecretSealed(), user.totpPendingSealed(),
                        step.getAsLong());
            }
            return step.isPresent();
        }
        if (backupCode != null && !backupCode.isBlank()) {
            return handle.createUpdate("""
                            UPDATE backup_codes SET used_at = :now
                            WHERE user_id = :user AND code_hash = :hash AND used_at IS NULL""")
                    .bind("now", now).bind("user", user.id()).bind("hash", BackupCodes.hash(user.id(), backupCode))
                    .execute() == 1;
        }
        return false;
    }
}
