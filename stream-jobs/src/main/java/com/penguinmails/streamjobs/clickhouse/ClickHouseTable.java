package com.penguinmails.streamjobs.clickhouse;

import java.io.Serializable;
import java.util.List;

/**
 * A ClickHouse table a sink inserts into: its name and the columns the sink writes, in RowBinary order.
 *
 * <p>Naming the columns keeps inserts working when a later migration adds a column with a default.
 *
 * @param name the table name, unqualified (the client's database applies)
 * @param columns the columns every row carries, in order; not empty
 */
public record ClickHouseTable(String name, List<String> columns) implements Serializable {

    /** Validates and copies the column list. */
    public ClickHouseTable {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A table needs a name");
        }
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("Table " + name + " needs at least one column");
        }
        columns = List.copyOf(columns);
    }
}
