package com.penguinmails.query.store;

import java.util.Map;
import java.util.Objects;

/**
 * A ClickHouse query whose values travel as server-side parameters: the SQL holds only {@code {name:Type}}
 * placeholders, never caller-supplied text, and {@code parameters} carries each placeholder's value.
 *
 * @param sql the statement with placeholders, never null
 * @param parameters each placeholder's value in ClickHouse's text form for its declared type, never null
 */
public record BoundQuery(String sql, Map<String, String> parameters) {

    public BoundQuery {
        Objects.requireNonNull(sql, "sql");
        parameters = Map.copyOf(parameters);
    }
}
