package com.penguinmails.operational.workspaces;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The invitation emails waiting in {@code invitation_outbox}, claimed by {@link InvitationEmailWorker}s with
 * {@code FOR UPDATE SKIP LOCKED} under a lease, so several service instances share the work and a crashed one's claims
 * become due again after the lease. Only invitations still open (not accepted, not expired) are claimed.
 */
public final class InvitationOutbox {

    private static final int MAX_ERROR_LENGTH = 500;

    private final Jdbi jdbi;

    public InvitationOutbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A claimed invitation email; the token is still sealed under context {@code invitation:<invitationId>}. */
    public record Pending(String invitationId, String recipient, String subject, byte[] tokenSealed,
            Instant expiresAt, int attempt) {
    }

    /**
     * Claims up to {@code limit} rows due at {@code now}: counts the attempt and moves the next attempt to
     * {@code now + lease}, so no other worker takes them meanwhile.
     */
    public List<Pending> claimDue(int limit, Instant now, Duration lease) {
        return jdbi.inTransaction(handle -> handle.createQuery("""
                        UPDATE invitation_outbox o SET attempts = o.attempts + 1, next_attempt_at = :leaseEnd
                          FROM invitations i
                         WHERE i.id = o.invitation_id
                           AND o.invitation_id IN (
                               SELECT q.invitation_id FROM invitation_outbox q JOIN invitations v ON v.id = q.invitation_id
                                WHERE q.sent_at IS NULL AND q.failed_at IS NULL AND q.next_attempt_at <= :now
                                  AND v.accepted_at IS NULL AND v.expires_at > :now
                                ORDER BY q.next_attempt_at LIMIT :limit FOR UPDATE OF q SKIP LOCKED)
                        RETURNING o.invitation_id, o.recipient, o.subject, o.token_sealed, i.expires_at, o.attempts""")
                .bind("now", Timestamp.from(now)).bind("leaseEnd", Timestamp.from(now.plus(lease)))
                .bind("limit", limit)
                .map((rs, ctx) -> new Pending(rs.getString("invitation_id"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getBytes("token_sealed"),
                        rs.getTimestamp("expires_at").toInstant(), rs.getInt("attempts")))
                .list());
    }

    /** Records that the claimed attempt {@code attempt} of {@code invitationId}'s email was handed to the server. */
    public void markSent(String invitationId, int attempt, Instant now) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE invitation_outbox SET sent_at = :now, last_error = NULL
                         WHERE invitation_id = :id AND attempts = :attempt AND sent_at IS NULL""")
                .bind("id", invitationId).bind("attempt", attempt).bind("now", Timestamp.from(now)).execute());
    }

    /**
     * Records that the claimed attempt {@code attempt} failed with {@code error}: due again at {@code nextAttempt}, or
     * given up at {@code now} (the row and its reason are kept) when that is null.
     */
    public void markFailed(String invitationId, int attempt, String error, Instant nextAttempt, Instant now) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE invitation_outbox SET last_error = :error,
                               next_attempt_at = coalesce(CAST(:next AS timestamptz), next_attempt_at),
                               failed_at = CAST(:failed AS timestamptz)
                         WHERE invitation_id = :id AND attempts = :attempt AND sent_at IS NULL""")
                .bind("id", invitationId).bind("attempt", attempt)
                .bind("error", error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error)
                .bind("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
                .bind("failed", nextAttempt == null ? Timestamp.from(now) : null)
                .execute());
    }
}
