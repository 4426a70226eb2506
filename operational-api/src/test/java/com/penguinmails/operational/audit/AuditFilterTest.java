package com.penguinmails.operational.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void restrictsOnlyByTheGivenFieldsWithBoundParameters() {
        AuditFilter filter = new AuditFilter("t-1", "user:u-1", null, "suppression", null,
                Instant.parse("2026-11-01T00:00:00Z"), null, null);

        assertThat(filter.condition()).isEqualTo(
                "tenant_id = :tenant_id AND actor = :actor AND target_type = :target_type AND occurred_at >= :from");
        assertThat(filter.parameters()).containsOnlyKeys("tenant_id", "actor", "target_type", "from");
    }

    @Test
    void pagesBelowTheCursor() {
        AuditFilter next = new AuditFilter("t-1", null, null, null, null, null, null, null).after(40);

        assertThat(next.condition()).isEqualTo("tenant_id = :tenant_id AND id < :before");
        assertThat(next.parameters()).containsEntry("before", 40L);
    }
}
