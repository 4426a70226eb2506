package com.penguinmails.query.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A table to send as CSV: a name (the download's file name), column names and rows of cells.
 *
 * <p>A cell is a {@link Number} (written as is, {@link java.math.BigDecimal} without exponent), {@code null} (an empty
 * cell), or anything else (written as its {@code toString()}, protected against spreadsheet formula injection by
 * {@link CsvMessageBodyWriter}). Every row has exactly as many cells as there are columns.
 *
 * @param name the file name without {@code .csv}: letters, digits, {@code .}, {@code _} and {@code -} only
 * @param header the column names, at least one
 * @param rows the rows in answer order; cells may be null
 */
public record CsvTable(String name, List<String> header, List<List<Object>> rows) {

    /** The media type of a CSV answer. */
    public static final String MEDIA_TYPE = "text/csv";

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public CsvTable {
        Objects.requireNonNull(name, "name");
        if (!FILE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("CSV table name must be 1-100 of [A-Za-z0-9._-]: " + name);
        }
        header = List.copyOf(header);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a CSV table needs at least one column");
        }
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(
                        "row has " + row.size() + " cells, the header " + header.size() + " columns: " + row);
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    /** One row of cells, nulls allowed (unlike {@link List#of}). */
    public static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
