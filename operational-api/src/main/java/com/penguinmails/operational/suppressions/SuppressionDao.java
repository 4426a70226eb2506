package com.penguinmails.operational.suppressions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The suppression list in PostgreSQL; every method works in the caller's handle (and so its transaction). */
public final class SuppressionDao {

    private static final String COLUMNS = "id, contact_id, contact_sha256, email_sha256, reason, source, note, last_reason, last_seen_at,"
            + " created_by, created_at";

    /** Up to {@code limit} entries of {@code tenantId} with an id below {@code before} (null: from the newest). */
    public List<Suppression> page(Handle handle, String tenantId, Long before, int limit) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM suppressions WHERE tenant_id = :tenant"
                        + (before == null ? "" : " AND id < :before") + " ORDER BY id DESC LIMIT :limit")
                .bind("tenant", tenantId)
                .bind("before", before)
                .bind("limit", limit)
                .map(SuppressionDao::suppression)
                .list();
    }

    /** The entry {@code id} of {@code tenantId}, if it exists (another tenant's entry does not). */
    public Optional<Suppression> find(Handle handle, String tenantId, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM suppressions WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenantId)
                .bind("id", id)
                .map(SuppressionDao::suppression)
                .findOne();
    }

    /**
     * Adds a manual entry.
     *
     * @throws org.jdbi.v3.core.statement.UnableToExecuteStatementException with SQLState 23505 when the contact or the
     *     address is already on the list
     */
    public Suppression insertManual(Handle handle, String tenantId, NewSuppression entry, String actor, Instant now) {
        return handle.createQuery("""
                        INSERT INTO suppressions (tenant_id, contact_id, email_sha256, reason, source, note, last_reason,
                                                  last_seen_at, created_by, created_at)
                        VALUES (:tenant, :contact, :email, 'manual', 'manual', :note, 'manual', :now, :actor, :now)
                        RETURNING\s""" + COLUMNS)
                .bind("tenant", tenantId)
                .bind("contact", entry.contactId())
                .bind("email", entry.email() == null ? null : EmailAddresses.sha256(entry.email()))
                .bind("note", entry.note())
                .bind("now", timestamp(now))
                .bind("actor", actor)
                .map(SuppressionDao::suppression)
                .one();
    }

    /** Removes the entry {@code id} of {@code tenantId}; whether it existed. */
    public boolean delete(Handle handle, String tenantId, long id) {
        return handle.createUpdate("DELETE FROM suppressions WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenantId)
                .bind("id", id)
                .execute() == 1;
    }

    /**
     * Suppresses a contact because of an event, idempotently: the first reason and event are kept, the latest reason and
     * sighting move forward only (a replayed or late event does not move them back).
     */
    public void suppressFromEvent(Handle handle, String tenantId, String contactId, SuppressionReason reason,
            String eventId, Instant occurredAt) {
        handle.createUpdate("""
                        INSERT INTO suppressions (tenant_id, contact_id, reason, source, first_event_id, last_reason,
                                                  last_seen_at, created_by)
                        VALUES (:tenant, :contact, :reason, 'event', :event, :reason, :at, 'service:events')
                        ON CONFLICT (tenant_id, contact_id) WHERE contact_id IS NOT NULL DO UPDATE
                        SET last_reason = CASE WHEN EXCLUDED.last_seen_at > suppressions.last_seen_at
                                               THEN EXCLUDED.last_reason ELSE suppressions.last_reason END,
                            last_seen_at = greatest(suppressions.last_seen_at, EXCLUDED.last_seen_at)""")
                .bind("tenant", tenantId)
                .bind("contact", contactId)
                .bind("reason", reason.wireName())
                .bind("event", eventId)
                .bind("at", timestamp(occurredAt))
                .execute();
    }

    /** The entries of {@code tenantId} naming one of {@code contactIds} or one of the addresses hashed in {@code emailHashes}. */
    public List<Suppression> matching(Handle handle, String tenantId, Collection<String> contactIds,
            Collection<String> emailHashes) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM suppressions WHERE tenant_id = :tenant"
                        + " AND (contact_id = ANY(:contacts) OR email_sha256 = ANY(:emails)"
                        + " OR contact_sha256 = ANY(SELECT encode(sha256(convert_to(c, 'UTF8')), 'hex')"
                        + " FROM unnest(CAST(:contacts AS text[])) AS c))")
                .bind("tenant", tenantId)
                .bindArray("contacts", String.class, contactIds)
                .bindArray("emails", String.class, emailHashes)
                .map(SuppressionDao::suppression)
                .list();
    }

    /** Every entry of {@code tenantId} naming {@code contactId} (a privacy export). */
    public List<Suppression> forContact(Handle handle, String tenantId, String contactId) {
        return matching(handle, tenantId, List.of(contactId), List.of());
    }

    /**
     * Replaces {@code contactId} in the entries of {@code tenantId} by its SHA-256 (for an erasure): checks by that contact
     * id still find the entry, so the erased person is not mailed again, but the id is no longer stored. Notes and the
     * first event id go too. Returns how many entries changed.
     */
    public int pseudonymiseContact(Handle handle, String tenantId, String contactId) {
        return handle.createUpdate("UPDATE suppressions SET contact_sha256 = encode(sha256(convert_to(contact_id, 'UTF8')), 'hex'),"
                        + " contact_id = NULL, note = NULL, first_event_id = NULL"
                        + " WHERE tenant_id = :tenant AND contact_id = :contact")
                .bind("tenant", tenantId)
                .bind("contact", contactId)
                .execute();
    }

    /**
     * Suppresses an erased contact because of an event, by its SHA-256 only (the id itself must not be stored again);
     * idempotent like {@link #suppressFromEvent}.
     */
    public void suppressErasedFromEvent(Handle handle, String tenantId, String contactSha256, SuppressionReason reason,
            Instant occurredAt) {
        handle.createUpdate("INSERT INTO suppressions (tenant_id, contact_sha256, reason, source, last_reason, last_seen_at,"
                        + " created_by) VALUES (:tenant, :hash, :reason, 'event', :reason, :at, 'service:events')"
                        + " ON CONFLICT (tenant_id, contact_sha256) WHERE contact_sha256 IS NOT NULL DO UPDATE"
                        + " SET last_reason = CASE WHEN EXCLUDED.last_seen_at > suppressions.last_seen_at"
                        + " THEN EXCLUDED.last_reason ELSE suppressions.last_reason END,"
                        + " last_seen_at = greatest(suppressions.last_seen_at, EXCLUDED.last_seen_at)")
                .bind("tenant", tenantId)
                .bind("hash", contactSha256)
                .bind("reason", reason.wireName())
                .bind("at", timestamp(occurredAt))
                .execute();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Suppression suppression(ResultSet row, StatementContext context) throws SQLException {
        return new Suppression(row.getLong("id"), row.getString("contact_id"), row.getString("contact_sha256"),
                row.getString("email_sha256"),
                SuppressionReason.fromWireName(row.getString("reason")), row.getString("source"), row.getString("note"),
                SuppressionReason.fromWireName(row.getString("last_reason")),
                row.getObject("last_seen_at", OffsetDateTime.class).toInstant(),
                row.getString("created_by"), row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
