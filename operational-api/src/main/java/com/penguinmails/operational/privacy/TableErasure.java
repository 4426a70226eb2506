package com.penguinmails.operational.privacy;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an erasure did to one table.
 *
 * @param store {@code postgresql} or {@code clickhouse}
 * @param table the table
 * @param method how: {@code delete} (PostgreSQL), {@code pseudonymise} (the id replaced by its hash),
 *     {@code lightweight_delete} ({@code DELETE FROM}) or {@code mutation} ({@code ALTER TABLE ... DELETE}, for engines
 *     without lightweight deletes)
 * @param rows how many of the contact's rows it held before
 * @param remaining how many are left after (0 unless something failed silently)
 */
public record TableErasure(
        @JsonProperty("store") String store,
        @JsonProperty("table") String table,
        @JsonProperty("method") String method,
        @JsonProperty("rows") long rows,
        @JsonProperty("remaining") long remaining) {
}
