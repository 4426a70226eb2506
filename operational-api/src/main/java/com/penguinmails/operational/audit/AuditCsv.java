package com.penguinmails.operational.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes audit records as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when needed); {@code before} and
 * {@code after} are JSON text.
 *
 * <p>A field starting with {@code = + - @} is prefixed with an apostrophe so spreadsheets do not run it as a formula
 * (actors, target ids and JSON come from clients).
 */
public final class AuditCsv {

    /** The header line. */
    public static final String HEADER =
            "id,occurred_at,actor,action,target_type,target_id,source_address,before,after\r\n";

    private AuditCsv() {
    }

    /** One record as a CSV line, with its line end. */
    public static String line(AuditEntry entry) {
        List<String> fields = List.of(
                Long.toString(entry.id()),
                DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt()),
                entry.actor(),
                entry.action(),
                entry.targetType(),
                entry.targetId(),
                entry.sourceAddress(),
                entry.before() == null ? "" : entry.before().toString(),
                entry.after() == null ? "" : entry.after().toString());
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            line.append(escape(field));
        }
        return line.append("\r\n").toString();
    }

    static String escape(String field) {
        String value = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
