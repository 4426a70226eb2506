package com.penguinmails.operational.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.operational.access.Caller;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;

/**
 * Records changes in the PostgreSQL table {@code audit_log}, in the caller's transaction.
 *
 * <p>{@code before} and {@code after} are serialised with the application's ObjectMapper (so they read like the API's
 * JSON), then every field whose name looks like a secret is removed ({@link SecretFields}), at any depth. Nothing in the
 * service updates or deletes audit rows; a database trigger refuses it, except for a contact erasure.
 */
public final class PostgresAuditTrail implements AuditTrail {

    private final ObjectMapper mapper;
    private final Clock clock;

    public PostgresAuditTrail(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void record(Handle handle, Caller caller, String action, String targetType, String targetId,
            Object before, Object after) {
        handle.createUpdate("""
                INSERT INTO audit_log (tenant_id, actor, action, target_type, target_id, before, after, source_address,
                                       occurred_at)
                VALUES (:tenant, :actor, :action, :targetType, :targetId, CAST(:before AS jsonb), CAST(:after AS jsonb),
                        :source, :at)""")
                .bind("tenant", caller.tenantId())
                .bind("actor", caller.actor())
                .bind("action", action)
                .bind("targetType", targetType)
                .bind("targetId", targetId)
                .bind("before", json(before))
                .bind("after", json(after))
                .bind("source", caller.sourceAddress())
                .bind("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .execute();
    }

    /** The stored JSON of {@code state} without secret-looking fields, or null. */
    String json(Object state) {
        if (state == null) {
            return null;
        }
        JsonNode tree = SecretFields.strip(mapper.valueToTree(state));
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise the audited state of a " + state.getClass(), e);
        }
    }
}
