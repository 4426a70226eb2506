package com.penguinmails.streamjobs.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of the {@code events} table as the migrations in the schemas jar declare them: name to type, in order.
 * {@code V0001} creates the table; later migrations listed in {@code INDEX} add columns with
 * {@code ADD COLUMN IF NOT EXISTS name Type [AFTER other]} lines of an {@code ALTER TABLE events} statement, on the
 * statement's first line or on lines of their own.
 */
final class EventsTableDdl {

    private static final String MIGRATIONS = "/clickhouse/migrations/";
    private static final Pattern COLUMN = Pattern.compile("^\\s+([a-z_]+)\\s+(.+?),?\\s*$");
    private static final Pattern ALTER_TABLE = Pattern.compile("^\\s*ALTER TABLE ([a-z_]+)\\b.*$");
    private static final Pattern ADD_COLUMN = Pattern.compile(
            "^\\s*(?:ALTER TABLE [a-z_]+\\s+)?ADD COLUMN IF NOT EXISTS ([a-z_]+) (.+?)(?: AFTER ([a-z_]+))?[,;]?\\s*$");

    private EventsTableDdl() {
    }

    static Map<String, String> columns() {
        String sql = resource("V0001__events.sql");
        String body = sql.substring(sql.indexOf("CREATE TABLE"));
        body = body.substring(body.indexOf('(') + 1, body.indexOf("\n)"));
        List<Map.Entry<String, String>> columns = new ArrayList<>();
        for (String line : body.split("\n")) {
            Matcher matcher = COLUMN.matcher(line);
            if (matcher.matches()) {
                columns.add(Map.entry(matcher.group(1), matcher.group(2).trim()));
            }
        }
        for (String file : resource("INDEX").split("\n")) {
            String migration = file.isBlank() || file.startsWith("V0001") ? "" : resource(file.trim());
            String table = null;
            for (String line : migration.split("\n")) {
                Matcher alter = ALTER_TABLE.matcher(line);
                if (alter.matches()) {
                    table = alter.group(1);
                }
                Matcher matcher = ADD_COLUMN.matcher(line);
                if ("events".equals(table) && matcher.matches()) {
                    Map.Entry<String, String> column = Map.entry(matcher.group(1), matcher.group(2).trim());
                    int at = columns.size();
                    for (int i = 0; matcher.group(3) != null && i < columns.size(); i++) {
                        if (columns.get(i).getKey().equals(matcher.group(3))) {
                            at = i + 1;
                        }
                    }
                    columns.add(at, column);
                }
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        columns.forEach(column -> ordered.put(column.getKey(), column.getValue()));
        return ordered;
    }

    private static String resource(String name) {
        try (InputStream in = EventsTableDdl.class.getResourceAsStream(MIGRATIONS + name)) {
            if (in == null) {
                throw new IllegalStateException(MIGRATIONS + name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
