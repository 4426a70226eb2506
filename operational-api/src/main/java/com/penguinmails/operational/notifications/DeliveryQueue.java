package com.penguinmails.operational.notifications;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The queue of notifications in PostgreSQL ({@code deliveries}): enqueued idempotently by the notifier and the event
 * fan-out, claimed by {@link DeliveryWorker}s with {@code FOR UPDATE SKIP LOCKED} under a lease (so several service
 * instances share the work and a crashed one's claims return after the lease), and kept as the delivery log.
 */
public final class DeliveryQueue {

    private static final int MAX_ERROR_LENGTH = 500;

    private final Jdbi jdbi;

    public DeliveryQueue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Enqueues {@code request} in the caller's transaction, due at {@code now}.
     *
     * @return false when a delivery with the same target and dedup key exists (nothing is enqueued)
     */
    public boolean enqueue(Handle handle, DeliveryRequest request, Instant now) {
        return handle.createUpdate("""
                        INSERT INTO deliveries (id, tenant_id, kind, target, endpoint_id, channel_id, recipients,
                            event_type, dedup_key, payload, status, next_attempt_at, created_at)
                        VALUES (:id, :tenant, :kind, :target, :endpoint, :channel, :recipients, :eventType, :dedupKey,
                            :payload, 'pending', :now, :now)
                        ON CONFLICT (target, dedup_key) DO NOTHING""")
                .bind("id", request.id()).bind("tenant", request.tenantId()).bind("kind", request.kind())
                .bind("target", request.target()).bind("endpoint", request.endpointId())
                .bind("channel", request.channelId())
                .bindArray("recipients", String.class, request.recipients())
                .bind("eventType", request.eventType()).bind("dedupKey", request.dedupKey())
                .bind("payload", request.payload()).bind("now", Timestamp.from(now))
                .execute() == 1;
    }

    /**
     * Claims up to {@code limit} pending deliveries due at {@code now}: counts the attempt and moves their next
     * attempt to {@code now + lease}, so no other worker takes them meanwhile.
     */
    public List<Delivery> claimDue(int limit, Instant now, Duration lease) {
        return jdbi.inTransaction(handle -> handle.createQuery("""
                        UPDATE deliveries SET attempts = attempts + 1, last_attempt_at = :now, next_attempt_at = :leaseEnd
                        WHERE id IN (SELECT id FROM deliveries WHERE status = 'pending' AND next_attempt_at <= :now
                                     ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING *""")
                .bind("now", Timestamp.from(now)).bind("leaseEnd", Timestamp.from(now.plus(lease)))
                .bind("limit", limit)
                .map((rs, ctx) -> delivery(rs)).list());
    }

    /** Records that the claimed attempt {@code attempt} of delivery {@code id} succeeded. */
    public void markDelivered(String id, int attempt, Integer responseCode, Instant now) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE deliveries SET status = 'delivered', delivered_at = :now, next_attempt_at = NULL,
                            last_response_code = :code, last_error = NULL
                        WHERE id = :id AND attempts = :attempt AND status = 'pending'""")
                .bind("id", id).bind("attempt", attempt).bind("code", responseCode).bind("now", Timestamp.from(now))
                .execute());
    }

    /**
     * Records that the claimed attempt {@code attempt} of delivery {@code id} failed: due again at {@code nextAttempt},
     * or parked when it is null.
     */
    public void markFailed(String id, int attempt, Integer responseCode, String error, Instant nextAttempt) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE deliveries SET status = :status, next_attempt_at = :next, last_response_code = :code,
                            last_error = :error
                        WHERE id = :id AND attempts = :attempt AND status = 'pending'""")
                .bind("id", id).bind("attempt", attempt).bind("code", responseCode)
                .bind("error", truncate(error))
                .bind("status", nextAttempt == null ? "parked" : "pending")
                .bind("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
                .execute());
    }

    /** The newest {@code limit} deliveries to webhook endpoint {@code endpointId}, newest first. */
    public List<Delivery> forEndpoint(String tenantId, String endpointId, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM deliveries WHERE tenant_id = :tenant AND endpoint_id = :endpoint
                        ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .bind("tenant", tenantId).bind("endpoint", endpointId).bind("limit", limit)
                .map((rs, ctx) -> delivery(rs)).list());
    }

    /** The tenant's delivery {@code id} to endpoint {@code endpointId}, if it exists. */
    public Optional<Delivery> find(Handle handle, String tenantId, String endpointId, String id) {
        return handle.createQuery(
                        "SELECT * FROM deliveries WHERE tenant_id = :tenant AND endpoint_id = :endpoint AND id = :id")
                .bind("tenant", tenantId).bind("endpoint", endpointId).bind("id", id)
                .map((rs, ctx) -> delivery(rs)).findOne();
    }

    /** Makes a parked delivery pending again, due at {@code now}, with a fresh count of attempts. */
    public void requeue(Handle handle, String id, Instant now) {
        handle.createUpdate("""
                        UPDATE deliveries SET status = 'pending', attempts = 0, next_attempt_at = :now
                        WHERE id = :id AND status = 'parked'""")
                .bind("id", id).bind("now", Timestamp.from(now)).execute();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(rs.getString("id"), rs.getString("tenant_id"), rs.getString("kind"),
                rs.getString("target"), rs.getString("endpoint_id"), rs.getString("channel_id"),
                strings(rs.getArray("recipients")), rs.getString("event_type"), rs.getString("dedup_key"),
                rs.getString("payload"), rs.getString("status"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), instant(rs, "last_attempt_at"),
                (Integer) rs.getObject("last_response_code"), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "delivered_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
