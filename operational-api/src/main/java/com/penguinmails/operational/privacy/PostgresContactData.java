package com.penguinmails.operational.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.operational.suppressions.SuppressionDao;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * A contact's rows in the operational database (PostgreSQL): audit records naming it (as their target or as the
 * top-level {@code contact_id} of their before/after state), suppression entries, and every other table of the schema
 * with {@code tenant_id} and {@code contact_id} columns, found at call time so tables added later are covered.
 *
 * <p>Erasing deletes the rows of those tables, except two kinds that are kept with the id replaced by
 * {@code sha256:<hash>} ({@link ContactHash}): suppression entries (so the erased person is never mailed again) and
 * audit records (the trail of who did what stays complete).
 */
public final class PostgresContactData {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final String AUDIT_LOG = "audit_log";
    private static final String SUPPRESSIONS = "suppressions";

    private final ObjectMapper mapper;
    private final SuppressionDao suppressions;

    public PostgresContactData(ObjectMapper mapper, SuppressionDao suppressions) {
        this.mapper = mapper;
        this.suppressions = suppressions;
    }

    /** The contact's rows per table (tables without any are left out). */
    public Map<String, List<JsonNode>> export(Handle handle, String tenantId, String contactId) {
        Map<String, List<JsonNode>> tables = new LinkedHashMap<>();
        List<JsonNode> audit = json(handle.createQuery("""
                        SELECT row_to_json(a)::text FROM audit_log a
                        WHERE tenant_id = :tenant
                          AND (target_id = :contact OR before ->> 'contact_id' = :contact OR after ->> 'contact_id' = :contact)
                        ORDER BY id""")
                .bind("tenant", tenantId).bind("contact", contactId).mapTo(String.class).list());
        putIfAny(tables, AUDIT_LOG, audit);
        for (String table : contactTables(handle)) {
            putIfAny(tables, table, json(handle.createQuery("SELECT row_to_json(r)::text FROM " + table
                            + " r WHERE tenant_id = :tenant AND contact_id = :contact")
                    .bind("tenant", tenantId).bind("contact", contactId).mapTo(String.class).list()));
        }
        return tables;
    }

    /** Erases the contact's rows in the caller's transaction; what was done per table. */
    public List<TableErasure> erase(Handle handle, String tenantId, String contactId) {
        List<TableErasure> report = new ArrayList<>();
        String pseudonym = "sha256:" + ContactHash.of(contactId);
        // The audit table refuses updates unless this transaction says it is an erasure (see V50__audit_log.sql).
        handle.execute("SET LOCAL penguinmails.erasure = 'on'");
        int audited = handle.createUpdate("""
                        UPDATE audit_log
                        SET target_id = CASE WHEN target_id = :contact THEN :pseudonym ELSE target_id END,
                            before = CASE WHEN before ->> 'contact_id' = :contact
                                          THEN jsonb_set(before, '{contact_id}', to_jsonb(CAST(:pseudonym AS text)))
                                          ELSE before END,
                            after = CASE WHEN after ->> 'contact_id' = :contact
                                         THEN jsonb_set(after, '{contact_id}', to_jsonb(CAST(:pseudonym AS text)))
                                         ELSE after END
                        WHERE tenant_id = :tenant
                          AND (target_id = :contact OR before ->> 'contact_id' = :contact OR after ->> 'contact_id' = :contact)""")
                .bind("tenant", tenantId).bind("contact", contactId).bind("pseudonym", pseudonym).execute();
        handle.execute("SET LOCAL penguinmails.erasure = 'off'");
        report.add(new TableErasure("postgresql", AUDIT_LOG, "pseudonymise", audited, 0));
        for (String table : contactTables(handle)) {
            if (table.equals(SUPPRESSIONS)) {
                int changed = suppressions.pseudonymiseContact(handle, tenantId, contactId);
                report.add(new TableErasure("postgresql", table, "pseudonymise", changed, 0));
            } else {
                int deleted = handle.createUpdate("DELETE FROM " + table
                                + " WHERE tenant_id = :tenant AND contact_id = :contact")
                        .bind("tenant", tenantId).bind("contact", contactId).execute();
                report.add(new TableErasure("postgresql", table, "delete", deleted, 0));
            }
        }
        return report;
    }

    /** The tables of the current schema with text columns {@code tenant_id} and {@code contact_id}. */
    List<String> contactTables(Handle handle) {
        return handle.createQuery("""
                        SELECT table_name FROM information_schema.columns
                        WHERE table_schema = current_schema() AND column_name IN ('tenant_id', 'contact_id')
                          AND table_name IN (SELECT table_name FROM information_schema.tables
                                             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE')
                        GROUP BY table_name HAVING count(*) = 2 ORDER BY table_name""")
                .mapTo(String.class)
                .list()
                .stream()
                .filter(name -> IDENTIFIER.matcher(name).matches() && !name.equals(AUDIT_LOG))
                .toList();
    }

    private List<JsonNode> json(List<String> rows) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String row : rows) {
            try {
                nodes.add(mapper.readTree(row));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("PostgreSQL produced JSON that does not parse", e);
            }
        }
        return nodes;
    }

    private static void putIfAny(Map<String, List<JsonNode>> tables, String table, List<JsonNode> rows) {
        if (!rows.isEmpty()) {
            tables.put(table, rows);
        }
    }
}
