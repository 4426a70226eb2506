package com.penguinmails.query.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvMessageBodyWriterTest {

    @Test
    void writesHeaderAndRowsWithCrlfLineEnds() throws IOException {
        CsvTable table = new CsvTable("t", List.of("key", "sent", "rate"),
                List.of(CsvTable.row("gmail.com", 10L, 0.25), CsvTable.row("yahoo.com", 0, 0.0)));

        assertThat(csv(table)).isEqualTo("key,sent,rate\r\ngmail.com,10,0.25\r\nyahoo.com,0,0.0\r\n");
    }

    @Test
    void quotesFieldsHoldingCommasQuotesAndLineBreaksDoublingInnerQuotes() {
        assertThat(CsvMessageBodyWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvMessageBodyWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvMessageBodyWriter.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(CsvMessageBodyWriter.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(CsvMessageBodyWriter.field("plain text")).isEqualTo("plain text");
    }

    @Test
    void prefixesTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(CsvMessageBodyWriter.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvMessageBodyWriter.field("+1")).isEqualTo("'+1");
        assertThat(CsvMessageBodyWriter.field("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvMessageBodyWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvMessageBodyWriter.field("\tx")).isEqualTo("'\tx");
        assertThat(CsvMessageBodyWriter.field("a=b")).isEqualTo("a=b");
    }

    @Test
    void writesNumbersAsIsNegativeOnesIncludedAndNullAsEmpty() {
        assertThat(CsvMessageBodyWriter.field(-3L)).isEqualTo("-3");
        assertThat(CsvMessageBodyWriter.field(-0.5)).isEqualTo("-0.5");
        assertThat(CsvMessageBodyWriter.field(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CsvMessageBodyWriter.field(null)).isEmpty();
    }

    @Test
    void keepsUnicodeText() throws IOException {
        CsvTable table = new CsvTable("t", List.of("name"), List.of(CsvTable.row("Zoë’s café ✉")));

        assertThat(csv(table)).isEqualTo("name\r\nZoë’s café ✉\r\n");
    }

    @Test
    void refusesRowsOfTheWrongWidthAndUnsafeFileNames() {
        assertThatThrownBy(() -> new CsvTable("t", List.of("a", "b"), List.of(CsvTable.row("only one"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CsvTable("../etc/passwd", List.of("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CsvTable("a\"; x=y", List.of("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String csv(CsvTable table) throws IOException {
        StringWriter out = new StringWriter();
        CsvMessageBodyWriter.write(table, out);
        return out.toString();
    }
}
