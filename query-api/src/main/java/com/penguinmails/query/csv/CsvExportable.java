package com.penguinmails.query.csv;

/**
 * An answer that can also be sent as CSV ({@code Accept: text/csv}): it names the one table that stands for it.
 *
 * <p>A nested answer (a report with totals, a recommendation and rows) picks its main table here; the other parts stay
 * JSON-only. A resource whose answer implements this lists {@link CsvTable#MEDIA_TYPE} after JSON in its
 * {@code @Produces}; {@link CsvMessageBodyWriter} then writes it. A view whose answer does not implement this answers
 * {@code text/csv} requests with 406.
 */
public interface CsvExportable {

    /** The table that stands for this answer in CSV, never null. */
    CsvTable csvTable();
}
