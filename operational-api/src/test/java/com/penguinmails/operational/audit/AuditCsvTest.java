package com.penguinmails.operational.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void writesOneRecordPerLineQuotingJsonAndCommas() throws Exception {
        AuditEntry entry = new AuditEntry(7, "user:u-1", "suppression.create", "suppression", "42", null,
                new ObjectMapper().readTree("{\"contact_id\":\"ct-1\",\"note\":\"said \\\"stop\\\", twice\"}"),
                "127.0.0.1", Instant.parse("2026-11-25T10:00:00Z"));

        assertThat(AuditCsv.line(entry)).isEqualTo("7,2026-11-25T10:00:00Z,user:u-1,suppression.create,suppression,42,"
                + "127.0.0.1,,\"{\"\"contact_id\"\":\"\"ct-1\"\",\"\"note\"\":\"\"said \\\"\"stop\\\"\", twice\"\"}\"\r\n");
    }

    @Test
    void defusesSpreadsheetFormulas() {
        assertThat(AuditCsv.escape("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AuditCsv.escape("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.escape("plain")).isEqualTo("plain");
    }
}
