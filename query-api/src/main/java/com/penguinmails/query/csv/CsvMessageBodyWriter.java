package com.penguinmails.query.csv;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link CsvExportable} answer as RFC 4180 CSV in UTF-8, as a download named after its table.
 *
 * <p>Records end in CRLF; a field holding a comma, a double quote, CR or LF is quoted with inner quotes doubled. A
 * text cell starting with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR gets a leading apostrophe, so a
 * spreadsheet opening the file shows it as text instead of running it as a formula (values such as campaign names
 * come from tenants' own senders and recipients). Number cells are written as is, negative ones included.
 */
@Provider
@Produces(CsvTable.MEDIA_TYPE)
public final class CsvMessageBodyWriter implements MessageBodyWriter<CsvExportable> {

    /** The Content-Type of every CSV answer. */
    public static final String CONTENT_TYPE = CsvTable.MEDIA_TYPE + "; charset=utf-8";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CsvExportable.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(CsvExportable answer, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream)
            throws IOException {
        CsvTable table = answer.csvTable();
        httpHeaders.putSingle(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE);
        httpHeaders.putSingle("Content-Disposition", "attachment; filename=\"" + table.name() + ".csv\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(entityStream, StandardCharsets.UTF_8));
        write(table, writer);
        writer.flush();
    }

    /** Writes {@code table} as CSV to {@code writer}, header first; does not flush or close it. */
    public static void write(CsvTable table, Writer writer) throws IOException {
        writeRecord(table.header(), writer);
        for (List<Object> row : table.rows()) {
            writeRecord(row, writer);
        }
    }

    private static void writeRecord(List<?> cells, Writer writer) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(cells.get(i)));
        }
        writer.write("\r\n");
    }

    /** The CSV field of one cell: formatted, protected against formula injection, quoted when needed. */
    static String field(Object cell) {
        String text;
        if (cell == null) {
            return "";
        } else if (cell instanceof BigDecimal decimal) {
            text = decimal.toPlainString();
        } else if (cell instanceof Number number) {
            text = number.toString();
        } else {
            text = defuseFormula(cell.toString());
        }
        return quoteIfNeeded(text);
    }

    private static String defuseFormula(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private static String quoteIfNeeded(String text) {
        boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
