package com.penguinmails.operational.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of audit records, newest first.
 *
 * @param entries the records
 * @param nextCursor pass as {@code cursor} to read the next (older) page; null on the last page
 */
public record AuditPage(
        @JsonProperty("entries") List<AuditEntry> entries,
        @JsonProperty("next_cursor") String nextCursor) {
}
