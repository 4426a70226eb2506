package com.penguinmails.operational.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.audit.AuditTrail;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports and erases everything held about a contact, in PostgreSQL and ClickHouse.
 *
 * <p>An erasure is recorded first (by the contact's hash, never its id), then processed: the ClickHouse rows are
 * deleted table by table, then the PostgreSQL rows are erased and the request marked completed in one transaction.
 * Every step is idempotent, so a failed or repeated request is simply run again; the contact's events that arrive
 * later are removed by {@link ErasureSweeper}.
 */
public final class ContactPrivacy {

    private static final Logger LOG = LoggerFactory.getLogger(ContactPrivacy.class);

    private final Jdbi jdbi;
    private final PostgresContactData postgres;
    private final ClickHouseContactData clickHouse;
    private final ErasureDao erasures;
    private final AuditTrail audit;
    private final Clock clock;

    public ContactPrivacy(Jdbi jdbi, PostgresContactData postgres, ClickHouseContactData clickHouse, ErasureDao erasures,
            AuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.postgres = postgres;
        this.clickHouse = clickHouse;
        this.erasures = erasures;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything held about {@code contactId} in the caller's organisation. */
    public ContactExport export(Caller caller, String contactId) {
        Map<String, List<JsonNode>> analytics = new LinkedHashMap<>();
        for (String table : clickHouse.contactTables()) {
            List<JsonNode> rows = clickHouse.rows(table, caller.tenantId(), contactId);
            if (!rows.isEmpty()) {
                analytics.put(table, rows);
            }
        }
        Map<String, List<JsonNode>> operational = jdbi.inTransaction(handle -> postgres.export(handle, caller.tenantId(), contactId));
        return new ContactExport(caller.tenantId(), contactId, clock.instant(), operational, analytics);
    }

    /** Erases {@code contactId} in the caller's organisation, or runs an earlier request for it again. */
    public Erasure erase(Caller caller, String contactId) {
        String hash = ContactHash.of(contactId);
        Map<String, Long> heldAtRequest = new LinkedHashMap<>();
        for (String table : clickHouse.contactTables()) {
            heldAtRequest.put(table, clickHouse.count(table, caller.tenantId(), contactId));
        }
        Erasure requested = jdbi.inTransaction(handle -> {
            Erasure erasure = erasures.request(handle, caller.tenantId(), hash, caller.actor(), clock.instant());
            audit.record(handle, caller, "contact.erase", "contact", "sha256:" + hash, null,
                    Map.of("erasure_id", erasure.id(), "contact_sha256", hash));
            return erasure;
        });
        try {
            List<TableErasure> report = new ArrayList<>();
            for (Map.Entry<String, Long> table : heldAtRequest.entrySet()) {
                report.add(clickHouse.erase(table.getKey(), caller.tenantId(), contactId, table.getValue()));
            }
            return jdbi.inTransaction(handle -> {
                report.addAll(postgres.erase(handle, caller.tenantId(), contactId));
                return erasures.complete(handle, requested.id(), report, clock.instant());
            });
        } catch (RuntimeException e) {
            // The message names tables and engines, never the contact id (which travels only as a bound parameter).
            LOG.error("erasure {} failed; asking again retries it", requested.id(), e);
            return jdbi.inTransaction(handle -> erasures.fail(handle, requested.id(),
                    "the erasure did not complete; ask again to retry (error logged with erasure " + requested.id() + ")"));
        }
    }

    /** The erasure request {@code id} of the caller's organisation. */
    public Optional<Erasure> erasure(Caller caller, String id) {
        return jdbi.withHandle(handle -> erasures.find(handle, caller.tenantId(), id));
    }
}
