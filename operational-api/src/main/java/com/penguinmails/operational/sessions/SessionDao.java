package com.penguinmails.operational.sessions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads and writes {@code sessions} and {@code login_activity}. */
public final class SessionDao {

    private SessionDao() {
    }

    /** Stores a new session by the hash of its token. */
    public static void insert(Handle handle, String id, String userId, String tenantId, byte[] tokenHash,
            Instant now, Instant expiresAt, String sourceAddress, String userAgent) {
        handle.createUpdate("""
                        INSERT INTO sessions (id, user_id, tenant_id, token_hash, created_at, last_used_at, expires_at,
                                              source_address, user_agent)
                        VALUES (:id, :user, :tenant, :hash, :now, :now, :expires, :source, :agent)""")
                .bind("id", id).bind("user", userId).bind("tenant", tenantId).bind("hash", tokenHash)
                .bind("now", now).bind("expires", expiresAt).bind("source", sourceAddress)
                .bind("agent", userAgent).execute();
    }

    /** The live sessions of {@code userId}, newest first, marking the one whose token hashes to {@code currentHash}. */
    public static List<SessionView> live(Handle handle, String userId, byte[] currentHash, Instant now,
            Instant idleCutoff) {
        return handle.createQuery("""
                        SELECT id, created_at, last_used_at, expires_at, source_address, user_agent,
                               token_hash = :current AS current
                        FROM sessions
                        WHERE user_id = :user AND revoked_at IS NULL AND expires_at > :now
                          AND last_used_at > :idle_cutoff
                        ORDER BY created_at DESC""")
                .bind("user", userId).bind("current", currentHash).bind("now", now).bind("idle_cutoff", idleCutoff)
                .map((rs, ctx) -> new SessionView(rs.getString("id"), instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("expires_at")),
                        rs.getString("source_address"), rs.getString("user_agent"), rs.getBoolean("current")))
                .list();
    }

    /** Revokes session {@code id} of {@code userId}; false when there is no such unrevoked session. */
    public static boolean revoke(Handle handle, String userId, String id, Instant now) {
        return handle.createUpdate("""
                        UPDATE sessions SET revoked_at = :now
                        WHERE id = :id AND user_id = :user AND revoked_at IS NULL""")
                .bind("now", now).bind("id", id).bind("user", userId).execute() == 1;
    }

    /** The id of the unrevoked session whose token hashes to {@code tokenHash}. */
    public static Optional<String> idByTokenHash(Handle handle, byte[] tokenHash) {
        return handle.createQuery("SELECT id FROM sessions WHERE token_hash = :hash AND revoked_at IS NULL")
                .bind("hash", tokenHash).mapTo(String.class).findOne();
    }

    /** Revokes every session of {@code userId} (after a password or two-factor change elsewhere). */
    public static int revokeAll(Handle handle, String userId, Instant now) {
        return handle.createUpdate("UPDATE sessions SET revoked_at = :now WHERE user_id = :user AND revoked_at IS NULL")
                .bind("now", now).bind("user", userId).execute();
    }

    /** Records one sign-in attempt; {@code userId} null when the email matched nobody. */
    public static void recordAttempt(Handle handle, String userId, String email, boolean succeeded, String reason,
            String sourceAddress, String userAgent, Instant now) {
        handle.createUpdate("""
                        INSERT INTO login_activity (user_id, email, succeeded, reason, source_address, user_agent,
                                                    occurred_at)
                        VALUES (:user, :email, :ok, :reason, :source, :agent, :now)""")
                .bind("user", userId).bind("email", email).bind("ok", succeeded).bind("reason", reason)
                .bind("source", sourceAddress).bind("agent", userAgent).bind("now", now).execute();
    }

    /** The newest {@code limit} sign-in attempts on {@code userId}'s account. */
    public static List<LoginActivity> activity(Handle handle, String userId, int limit) {
        return handle.createQuery("""
                        SELECT occurred_at, succeeded, reason, source_address, user_agent FROM login_activity
                        WHERE user_id = :user ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
                .bind("user", userId).bind("limit", limit)
                .map((rs, ctx) -> new LoginActivity(instant(rs.getTimestamp("occurred_at")), rs.getBoolean("succeeded"),
                        rs.getString("reason"), rs.getString("source_address"), rs.getString("user_agent")))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
