package com.penguinmails.operational.sessions;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.TokenHashes;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.people.Argon2idPasswordHasher;
import com.penguinmails.operational.people.RandomIds;
import com.penguinmails.operational.people.User;
import com.penguinmails.operational.people.UserDao;
import com.penguinmails.operational.twofactor.SecondFactor;
import com.penguinmails.operational.workspaces.MembershipDao;
import com.penguinmails.operational.workspaces.RoleAssignments;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Signs people in: checks the password (Argon2id), the lock, the second factor, records the attempt in the login
 * activity and opens a session. An unknown email costs one Argon2id verification like a known one and gets the same
 * refusal, so neither the answer nor its time tells whether an account exists.
 */
public final class SignIn {

    /** What an attempt came to: a session, or a refusal that may ask for a second factor. */
    public sealed interface Outcome permits Opened, Refused {
    }

    /** The session opened. */
    public record Opened(NewSession session) implements Outcome {
    }

    /**
     * The attempt was refused.
     *
     * @param secondFactorRequired true only when email and password were right and a TOTP or backup code is missing
     */
    public record Refused(boolean secondFactorRequired) implements Outcome {
    }

    private static final Refused REFUSED = new Refused(false);

    private final Jdbi jdbi;
    private final Argon2idPasswordHasher hasher;
    private final LockoutPolicy lockout;
    private final SecondFactor secondFactor;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;
    private final String dummyHash;

    public SignIn(Jdbi jdbi, Argon2idPasswordHasher hasher, LockoutPolicy lockout, SecondFactor secondFactor,
            AuditTrail audit, Clock clock, Duration idleTimeout, Duration absoluteTimeout) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.lockout = lockout;
        this.secondFactor = secondFactor;
        this.audit = audit;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
        this.dummyHash = hasher.hash(RandomIds.next("dummy"));
    }

    /** Tries one sign-in from {@code sourceAddress}; every outcome is committed to the login activity. */
    public Outcome attempt(SignInRequest request, String sourceAddress, String userAgent) {
        Instant now = clock.instant();
        String email = request.email().trim();
        return jdbi.inTransaction(handle -> {
            Optional<User> found = UserDao.byEmailForUpdate(handle, email);
            if (found.isEmpty()) {
                hasher.verify(request.password(), dummyHash);
                SessionDao.recordAttempt(handle, null, email.toLowerCase(Locale.ROOT), false, "unknown_email",
                        sourceAddress, userAgent, now);
                return REFUSED;
            }
            User user = found.get();
            LockoutPolicy.State state = new LockoutPolicy.State(user.failedLogins(), user.lockouts(),
                    user.lockedUntilIfAny());
            boolean passwordMatches = hasher.verify(request.password(), user.passwordHash());
            String reason;
            if (lockout.isLocked(state, now)) {
                SessionDao.recordAttempt(handle, user.id(), user.email(), false, "locked", sourceAddress, userAgent,
                        now);
                return REFUSED;
            } else if (!passwordMatches) {
                reason = "wrong_password";
            } else if (user.totpEnabled() && isBlank(request.totpCode()) && isBlank(request.backupCode())) {
                SessionDao.recordAttempt(handle, user.id(), user.email(), false, "second_factor_required",
                        sourceAddress, userAgent, now);
                return new Refused(true);
            } else if (user.totpEnabled()
                    && !secondFactor.accept(handle, user, request.totpCode(), request.backupCode(), now)) {
                reason = "wrong_second_factor";
            } else {
                return new Opened(open(handle, user, request.password(), sourceAddress, userAgent, now));
            }
            LockoutPolicy.State failed = lockout.afterFailure(state, now);
            UserDao.updateSignInState(handle, user.id(), failed.failedLogins(), failed.lockouts(),
                    failed.lockedUntil().orElse(null));
            SessionDao.recordAttempt(handle, user.id(), user.email(), false, reason, sourceAddress, userAgent, now);
            return REFUSED;
        });
    }

    private NewSession open(Handle handle, User user, String password, String sourceAddress, String userAgent,
            Instant now) {
        LockoutPolicy.State cleared = lockout.afterSuccess();
        UserDao.updateSignInState(handle, user.id(), cleared.failedLogins(), cleared.lockouts(), null);
        if (hasher.needsRehash(user.passwordHash())) {
            // The password is at hand only now: move the stored hash to the current parameters.
            UserDao.updatePasswordHash(handle, user.id(), hasher.hash(password));
        }
        String token = SessionTokens.next();
        String sessionId = RandomIds.next("s");
        Instant expiresAt = now.plus(absoluteTimeout);
        SessionDao.insert(handle, sessionId, user.id(), user.tenantId(), TokenHashes.sha256(token), now, expiresAt,
                sourceAddress, userAgent);
        SessionDao.recordAttempt(handle, user.id(), user.email(), true, "ok", sourceAddress, userAgent, now);
        RoleAssignments roles = MembershipDao.rolesOf(handle, user.id());
        Caller caller = new Caller(user.tenantId(), "user:" + user.id(), Optional.of(user.id()), Optional.empty(),
                roles.organisationRole(), roles.workspaceRoles(), Set.of(), sourceAddress);
        NewSession session = new NewSession(sessionId, token, user.id(), user.tenantId(), expiresAt,
                idleTimeout.toSeconds());
        audit.record(handle, caller, "session.create", "session", sessionId, null,
                new SessionView(sessionId, now, now, expiresAt, sourceAddress, userAgent, true));
        return session;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
