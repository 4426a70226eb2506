package com.penguinmails.operational.sessions;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.TokenHashes;
import com.penguinmails.operational.workspaces.MembershipDao;
import com.penguinmails.operational.workspaces.RoleAssignments;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Turns a session token into the signed-in person's caller, or nothing when the session is unknown, revoked, idle for
 * longer than the idle timeout or past its absolute expiry. Every request reads PostgreSQL, so a revocation takes
 * effect at once.
 */
public final class SessionCallers {

    /** A used session's idle clock is refreshed at most this often, so not every request writes. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration idleTimeout;

    public SessionCallers(Jdbi jdbi, Clock clock, Duration idleTimeout) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** The caller of a live session with token {@code token}, or empty. */
    public Optional<Caller> authenticate(String token, String sourceAddress) {
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> handle.createQuery("""
                        SELECT id, user_id, tenant_id, last_used_at FROM sessions
                        WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now
                          AND last_used_at > :idle_cutoff""")
                .bind("hash", TokenHashes.sha256(token))
                .bind("now", now)
                .bind("idle_cutoff", now.minus(idleTimeout))
                .mapToMap().findOne()
                .map(row -> {
                    String userId = (String) row.get("user_id");
                    Instant lastUsed = ((Timestamp) row.get("last_used_at")).toInstant();
                    if (lastUsed.isBefore(now.minus(TOUCH_INTERVAL))) {
                        handle.createUpdate("UPDATE sessions SET last_used_at = :now WHERE id = :id")
                                .bind("now", now).bind("id", (String) row.get("id")).execute();
                    }
                    RoleAssignments roles = MembershipDao.rolesOf(handle, userId);
                    return new Caller((String) row.get("tenant_id"), "user:" + userId, Optional.of(userId),
                            Optional.empty(), roles.organisationRole(), roles.workspaceRoles(), Set.of(),
                            sourceAddress);
                }));
    }
}
