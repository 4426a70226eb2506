package com.penguinmails.operational.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Erasure requests in PostgreSQL ({@code erasures}); every method works in the caller's handle. */
public final class ErasureDao {

    private static final String COLUMNS = "id, contact_sha256, status, requested_by, requested_at, completed_at, attempts,"
            + " report::text AS report, last_error";

    private final ObjectMapper mapper;

    public ErasureDao(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Records a request to erase the contact hashed to {@code contactSha256}, or finds the existing one (asking again
     * re-runs the same request); it is {@code pending} until processed.
     */
    public Erasure request(Handle handle, String tenantId, String contactSha256, String actor, Instant now) {
        return handle.createQuery("INSERT INTO erasures (id, tenant_id, contact_sha256, status, requested_by, requested_at)"
                        + " VALUES (:id, :tenant, :hash, 'pending', :actor, :now)"
                        + " ON CONFLICT (tenant_id, contact_sha256) DO UPDATE SET status = 'pending'"
                        + " RETURNING " + COLUMNS)
                .bind("id", "er_" + UUID.randomUUID())
                .bind("tenant", tenantId)
                .bind("hash", contactSha256)
                .bind("actor", actor)
                .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .map(this::erasure)
                .one();
    }

    /** Marks the request {@code id} completed with what was done per table. */
    public Erasure complete(Handle handle, String id, List<TableErasure> report, Instant now) {
        return handle.createQuery("UPDATE erasures SET status = 'completed', completed_at = :now, attempts = attempts + 1,"
                        + " report = CAST(:report AS jsonb), last_error = NULL WHERE id = :id RETURNING " + COLUMNS)
                .bind("id", id)
                .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .bind("report", json(report))
                .map(this::erasure)
                .one();
    }

    /** Marks the request {@code id} failed with the reason (no personal data: it is shown to the client). */
    public Erasure fail(Handle handle, String id, String reason) {
        return handle.createQuery("UPDATE erasures SET status = 'failed', attempts = attempts + 1, last_error = :reason"
                        + " WHERE id = :id RETURNING " + COLUMNS)
                .bind("id", id)
                .bind("reason", reason)
                .map(this::erasure)
                .one();
    }

    /** The request {@code id} of {@code tenantId}, if it exists (another tenant's does not). */
    public Optional<Erasure> find(Handle handle, String tenantId, String id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM erasures WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenantId)
                .bind("id", id)
                .map(this::erasure)
                .findOne();
    }

    /** Whether the contact hashed to {@code contactSha256} of {@code tenantId} was asked to be erased. */
    public boolean isErased(Handle handle, String tenantId, String contactSha256) {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM erasures WHERE tenant_id = :tenant AND contact_sha256 = :hash)")
                .bind("tenant", tenantId)
                .bind("hash", contactSha256)
                .mapTo(Boolean.class)
                .one();
    }

    /** The hashes of every erased contact, per tenant. */
    public Map<String, List<String>> erasedContacts(Handle handle) {
        Map<String, List<String>> hashes = new LinkedHashMap<>();
        handle.createQuery("SELECT tenant_id, contact_sha256 FROM erasures ORDER BY tenant_id")
                .map((row, context) -> Map.entry(row.getString(1), row.getString(2)))
                .forEach(entry -> hashes.computeIfAbsent(entry.getKey(), tenant -> new ArrayList<>())
                        .add(entry.getValue()));
        return hashes;
    }

    private String json(List<TableErasure> report) {
        try {
            return mapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an erasure report", e);
        }
    }

    private Erasure erasure(ResultSet row, StatementContext context) throws SQLException {
        String report = row.getString("report");
        List<TableErasure> tables;
        try {
            tables = report == null ? List.of() : mapper.readValue(report, new TypeReference<List<TableErasure>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("erasures.report does not parse", e);
        }
        OffsetDateTime completedAt = row.getObject("completed_at", OffsetDateTime.class);
        return new Erasure(row.getString("id"), row.getString("contact_sha256"), row.getString("status"),
                row.getString("requested_by"), row.getObject("requested_at", OffsetDateTime.class).toInstant(),
                completedAt == null ? null : completedAt.toInstant(), row.getInt("attempts"), tables,
                row.getString("last_error"));
    }
}
