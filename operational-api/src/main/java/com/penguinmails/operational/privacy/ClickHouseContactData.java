package com.penguinmails.operational.privacy;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.command.CommandResponse;
import com.clickhouse.client.api.command.CommandSettings;
import com.clickhouse.client.api.query.GenericRecord;
import com.clickhouse.client.api.query.QueryResponse;
import com.clickhouse.client.api.query.QuerySettings;
import com.clickhouse.data.ClickHouseFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A contact's rows in the analytics database (ClickHouse): which tables hold contacts, the rows of one contact, and
 * deleting them. Tables are found at call time in {@code system.columns} (every MergeTree-family table with
 * {@code tenant_id} and {@code contact_id} columns), so tables added later are covered without code changes. Values
 * always travel as bound query parameters; table names come only from {@code system.columns} and are checked to be
 * plain identifiers before they are quoted into SQL.
 */
public final class ClickHouseContactData {

    private static final String CONTACT_CONDITION = " WHERE tenant_id = {t:String} AND contact_id = {c:String}";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final long TIMEOUT_SECONDS = 120;

    private final Client client;
    private final String database;
    private final ObjectMapper mapper;

    public ClickHouseContactData(Client client, String database, ObjectMapper mapper) {
        if (!IDENTIFIER.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        this.client = client;
        this.database = database;
        this.mapper = mapper;
    }

    /** The tables of the database that hold contacts, with their engine, by name. */
    public List<String> contactTables() {
        List<GenericRecord> rows = client.queryAll("""
                SELECT c.table AS table
                FROM system.columns AS c
                INNER JOIN system.tables AS t ON t.database = c.database AND t.name = c.table
                WHERE c.database = {db:String} AND c.name IN ('tenant_id', 'contact_id') AND t.engine LIKE '%MergeTree'
                GROUP BY c.table
                HAVING count() = 2
                ORDER BY c.table""", Map.of("db", database), new QuerySettings());
        List<String> tables = new ArrayList<>();
        for (GenericRecord row : rows) {
            String table = row.getString("table");
            if (IDENTIFIER.matcher(table).matches()) {
                tables.add(table);
            }
        }
        return tables;
    }

    /** Every row of {@code contactId} of {@code tenantId} in {@code table}, as JSON objects. */
    public List<JsonNode> rows(String table, String tenantId, String contactId) {
        QuerySettings settings = new QuerySettings().setFormat(ClickHouseFormat.JSONEachRow);
        List<JsonNode> rows = new ArrayList<>();
        try (QueryResponse response = client.query("SELECT * FROM " + qualified(table)
                        + " WHERE tenant_id = {t:String} AND contact_id = {c:String}",
                        Map.of("t", tenantId, "c", contactId), settings).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                BufferedReader lines = new BufferedReader(
                        new InputStreamReader(response.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    rows.add(mapper.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the rows of " + table, e);
        } catch (Exception e) {
            throw failure("read the contact's rows of " + table, e);
        }
        return rows;
    }

    /** How many rows of {@code contactId} of {@code tenantId} {@code table} holds. */
    public long count(String table, String tenantId, String contactId) {
        return count(table, CONTACT_CONDITION, Map.of("t", tenantId, "c", contactId));
    }

    /**
     * Deletes the rows of {@code contactId} of {@code tenantId} from {@code table} and waits until they are gone: a
     * lightweight {@code DELETE FROM} first, or, where the engine does not support it, a synchronous
     * {@code ALTER TABLE ... DELETE} mutation.
     *
     * @param heldAtRequest how many of the contact's rows the table held when the erasure was requested; the report
     *     counts those or the rows found now, whichever is more, because the sweeper of erased contacts may have
     *     deleted some of them in between
     */
    public TableErasure erase(String table, String tenantId, String contactId, long heldAtRequest) {
        Map<String, Object> parameters = Map.of("t", tenantId, "c", contactId);
        long before = count(table, CONTACT_CONDITION, parameters);
        String method = delete(table, CONTACT_CONDITION, parameters);
        return new TableErasure("clickhouse", table, method, Math.max(heldAtRequest, before),
                count(table, CONTACT_CONDITION, parameters));
    }

    /**
     * Deletes the rows of {@code table} whose contact id hashes to one of {@code contactHashes} (erased contacts whose
     * events arrived after their erasure); how many rows there were.
     */
    public long eraseByHash(String table, String tenantId, Collection<String> contactHashes) {
        String condition = " WHERE tenant_id = {t:String} AND lower(hex(SHA256(contact_id))) IN {h:Array(String)}";
        Map<String, Object> parameters = Map.of("t", tenantId, "h", arrayLiteral(contactHashes));
        long found = count(table, condition, parameters);
        if (found > 0) {
            delete(table, condition, parameters);
        }
        return found;
    }

    /**
     * The hashes as a ClickHouse array literal, the text form of an {@code Array(String)} parameter (the client sends
     * a Java list in a form the server does not parse). Only SHA-256 hex values pass, so nothing needs escaping.
     */
    static String arrayLiteral(Collection<String> contactHashes) {
        StringBuilder literal = new StringBuilder("[");
        for (String hash : contactHashes) {
            if (!SHA256_HEX.matcher(hash).matches()) {
                throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + hash);
            }
            literal.append(literal.length() > 1 ? "," : "").append('\'').append(hash).append('\'');
        }
        return literal.append(']').toString();
    }

    private long count(String table, String condition, Map<String, Object> parameters) {
        return client.queryAll("SELECT count() AS n FROM " + qualified(table) + condition, parameters,
                new QuerySettings()).get(0).getLong("n");
    }

    private String delete(String table, String condition, Map<String, Object> parameters) {
        try {
            CommandSettings waitForDelete = new CommandSettings();
            waitForDelete.serverSetting("lightweight_deletes_sync", "2");
            run("DELETE FROM " + qualified(table) + condition, parameters, waitForDelete);
            return "lightweight_delete";
        } catch (RuntimeException lightweightRefused) {
            CommandSettings waitForMutation = new CommandSettings();
            waitForMutation.serverSetting("mutations_sync", "2");
            run("ALTER TABLE " + qualified(table) + " DELETE" + condition, parameters, waitForMutation);
            return "mutation";
        }
    }

    private void run(String sql, Map<String, Object> parameters, CommandSettings settings) {
        try (CommandResponse ignored = client.execute(sql, parameters, settings).get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            // Only statistics come back; closing releases the connection.
        } catch (Exception e) {
            throw failure("run " + sql.substring(0, sql.indexOf(" WHERE")), e);
        }
    }

    private String qualified(String table) {
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("not a plain table name: " + table);
        }
        return "`" + database + "`.`" + table + "`";
    }

    private static RuntimeException failure(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return new IllegalStateException("ClickHouse could not " + what + ": " + cause.getMessage(), cause);
    }
}
