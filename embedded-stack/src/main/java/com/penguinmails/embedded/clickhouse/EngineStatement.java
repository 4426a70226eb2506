package com.penguinmails.embedded.clickhouse;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One statement for the engine together with the context a ClickHouse server would give it.
 *
 * @param sql          the statement text, UTF-8
 * @param outputFormat the format of the output unless the statement has a FORMAT clause
 * @param database     the current database for the statement, or null for {@code default}
 * @param settings     settings in effect for this statement only
 * @param parameters   values for the statement's {@code {name:Type}} placeholders
 */
record EngineStatement(byte[] sql, String outputFormat, String database, Map<String, String> settings,
        Map<String, String> parameters) {

    private static final int HEAD_LENGTH = 4096;

    EngineStatement(String sql, String outputFormat, String database, Map<String, String> settings,
            Map<String, String> parameters) {
        this(sql.getBytes(StandardCharsets.UTF_8), outputFormat, database, settings, parameters);
    }

    /** The start of the statement, enough to read its first keywords. */
    String head() {
        return new String(sql, 0, Math.min(sql.length, HEAD_LENGTH), StandardCharsets.UTF_8);
    }

    /** The whole statement as text (for statements known to be short, such as SET and USE). */
    String text() {
        return new String(sql, StandardCharsets.UTF_8);
    }
}
