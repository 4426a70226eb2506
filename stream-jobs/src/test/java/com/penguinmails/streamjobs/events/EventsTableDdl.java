package com.penguinmails.streamjobs.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The columns of the {@code events} table as its migration in the schemas jar declares them: name to type, in order. */
final class EventsTableDdl {

    private static final String MIGRATION = "/clickhouse/migrations/V0001__events.sql";
    private static final Pattern COLUMN = Pattern.compile("^\\s+([a-z_]+)\\s+(.+?),?\\s*$");

    private EventsTableDdl() {
    }

    static Map<String, String> columns() {
        String sql;
        try (InputStream in = EventsTableDdl.class.getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(MIGRATION + " is not on the classpath");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String body = sql.substring(sql.indexOf("CREATE TABLE"));
        body = body.substring(body.indexOf('(') + 1, body.indexOf("\n)"));
        Map<String, String> columns = new LinkedHashMap<>();
        for (String line : body.split("\n")) {
            Matcher matcher = COLUMN.matcher(line);
            if (matcher.matches()) {
                columns.put(matcher.group(1), matcher.group(2).trim());
            }
        }
        return columns;
    }
}
