package com.penguinmails.operational.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads the audit trail of a tenant, newest first. */
public final class AuditDao {

    private static final String COLUMNS =
            "id, actor, action, target_type, target_id, before::text AS before, after::text AS after, source_address, occurred_at";

    private final Jdbi jdbi;
    private final ObjectMapper mapper;

    public AuditDao(Jdbi jdbi, ObjectMapper mapper) {
        this.jdbi = jdbi;
        this.mapper = mapper;
    }

    /** At most {@code limit} records matching {@code filter}, newest first. */
    public List<AuditEntry> page(AuditFilter filter, int limit) {
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery("SELECT " + COLUMNS + " FROM audit_log WHERE " + filter.condition()
                    + " ORDER BY id DESC LIMIT :limit");
            bind(query, filter);
            return query.bind("limit", limit).map(this::entry).list();
        });
    }

    /**
     * Hands every record matching {@code filter} to {@code sink}, newest first, reading from the database in chunks (a
     * cursor in one read-only transaction), so an export of any size holds only one chunk in memory.
     */
    public void forEach(AuditFilter filter, Consumer<AuditEntry> sink) {
        jdbi.useTransaction(handle -> {
            Query query = handle.createQuery("SELECT " + COLUMNS + " FROM audit_log WHERE " + filter.condition()
                    + " ORDER BY id DESC");
            bind(query, filter);
            try (Stream<AuditEntry> entries = query.setFetchSize(500).map(this::entry).stream()) {
                entries.forEach(sink);
            }
        });
    }

    private static void bind(Query query, AuditFilter filter) {
        filter.parameters().forEach((name, value) -> {
            if (value instanceof Instant instant) {
                query.bind(name, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else {
                query.bind(name, value);
            }
        });
    }

    private AuditEntry entry(ResultSet row, StatementContext context) throws SQLException {
        Timestamp occurredAt = row.getTimestamp("occurred_at");
        return new AuditEntry(row.getLong("id"), row.getString("actor"), row.getString("action"),
                row.getString("target_type"), row.getString("target_id"), tree(row.getString("before")),
                tree(row.getString("after")), row.getString("source_address"), occurredAt.toInstant());
    }

    private JsonNode tree(String json) throws SQLException {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SQLException("audit_log holds JSON that does not parse", e);
        }
    }
}
