package com.penguinmails.embedded.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StatementHeadTest {

    @Test
    void findsRowBinaryDataAfterTheLineBreakFollowingTheFormatName() {
        byte[] request = bytes("INSERT INTO events FORMAT RowBinary\n\n\u0001\u0000");

        StatementHead.InlineDataInsert insert = (StatementHead.InlineDataInsert) scan(request, true);

        assertThat(insert.target()).isEqualTo("INSERT INTO events");
        assertThat(insert.format()).isEqualTo("RowBinary");
        assertThat(insert.settings()).isEmpty();
        assertThat(insert.dataOffset()).isEqualTo("INSERT INTO events FORMAT RowBinary\n".length());
    }

    @Test
    void keepsColumnsAndMovesTheSettingsClauseAfterFromInfile() {
        byte[] request = bytes("insert into db.t (a, `format`, values) settings async_insert = 0 format "
                + "JSONEachRow {\"a\":1}");

        StatementHead.InlineDataInsert insert = (StatementHead.InlineDataInsert) scan(request, true);

        assertThat(insert.fromFile("/tmp/x'y.data")).isEqualTo("insert into db.t (a, `format`, values) "
                + "FROM INFILE '/tmp/x\\'y.data' settings async_insert = 0 FORMAT JSONEachRow");
        assertThat(new String(request, insert.dataOffset(), request.length - insert.dataOffset(),
                StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    }

    @Test
    void valuesDataStartsRightAfterTheKeyword() {
        byte[] request = bytes("INSERT INTO t VALUES (1, 'a\n\nb'), (2, 'c')");

        StatementHead.InlineDataInsert insert = (StatementHead.InlineDataInsert) scan(request, true);

        assertThat(insert.format()).isEqualTo("Values");
        assertThat(insert.target()).isEqualTo("INSERT INTO t");
        assertThat(new String(request, insert.dataOffset(), request.length - insert.dataOffset(),
                StandardCharsets.UTF_8)).isEqualTo(" (1, 'a\n\nb'), (2, 'c')");
    }

    @Test
    void ignoresKeywordsInsideLiteralsCommentsAndBrackets() {
        byte[] request = bytes("INSERT INTO t /* FORMAT X */ (`VALUES`) -- SELECT\n"
                + "SETTINGS insert_deduplication_token = 'VALUES FORMAT' FORMAT CSV\r\n1,2\n");

        StatementHead.InlineDataInsert insert = (StatementHead.InlineDataInsert) scan(request, true);

        assertThat(insert.format()).isEqualTo("CSV");
        assertThat(insert.settings()).isEqualTo("SETTINGS insert_deduplication_token = 'VALUES FORMAT'");
        assertThat(new String(request, insert.dataOffset(), request.length - insert.dataOffset(),
                StandardCharsets.UTF_8)).isEqualTo("1,2\n");
    }

    @Test
    void insertSelectAndOtherStatementsCarryNoInlineData() {
        assertThat(scan(bytes("INSERT INTO t SELECT * FROM s"), true)).isInstanceOf(StatementHead.PlainStatement.class);
        assertThat(scan(bytes("INSERT INTO t (a) WITH 1 AS x SELECT x"), true))
                .isInstanceOf(StatementHead.PlainStatement.class);
        assertThat(scan(bytes("SELECT 'INSERT INTO t FORMAT CSV'"), true))
                .isInstanceOf(StatementHead.PlainStatement.class);
        assertThat(scan(bytes("  -- comment\nCREATE TABLE t (a UInt8) ENGINE = Memory"), false))
                .isInstanceOf(StatementHead.PlainStatement.class);
    }

    @Test
    void asksForMoreInputUntilTheDataStartIsCertain() {
        assertThat(scan(bytes("SEL"), false)).isInstanceOf(StatementHead.NeedMoreInput.class);
        assertThat(scan(bytes("INSERT INTO t FORM"), false)).isInstanceOf(StatementHead.NeedMoreInput.class);
        assertThat(scan(bytes("INSERT INTO t FORMAT RowBin"), false)).isInstanceOf(StatementHead.NeedMoreInput.class);
        assertThat(scan(bytes("INSERT INTO t FORMAT RowBinary  "), false))
                .isInstanceOf(StatementHead.NeedMoreInput.class);
        assertThat(scan(bytes("INSERT INTO t SETTINGS a = 'unterminated"), false))
                .isInstanceOf(StatementHead.NeedMoreInput.class);
        assertThat(scan(bytes("INSERT INTO t FORMAT RowBinary  \n"), false))
                .isInstanceOf(StatementHead.InlineDataInsert.class);
    }

    @Test
    void aFormatNameAtTheEndOfTheRequestMeansNoData() {
        byte[] request = bytes("INSERT INTO t FORMAT RowBinary");

        StatementHead.InlineDataInsert insert = (StatementHead.InlineDataInsert) scan(request, true);

        assertThat(insert.dataOffset()).isEqualTo(request.length);
    }

    @Test
    void findsTheOutputFormatClause() {
        assertThat(StatementHead.formatClause("SELECT 1 FORMAT JSONEachRow")).isEqualTo("JSONEachRow");
        assertThat(StatementHead.formatClause("SELECT 'FORMAT CSV' AS f")).isNull();
        assertThat(StatementHead.formatClause("SELECT * FROM (SELECT 1 FORMAT CSV) FORMAT TSV")).isEqualTo("TSV");
    }

    @Test
    void namesTheSettingsASetStatementChanges() {
        assertThat(StatementHead.settingsChangedBy("SET max_threads = 1, `mutations_sync` = '2'"))
                .containsExactly("max_threads", "mutations_sync");
        assertThat(StatementHead.settingsChangedBy("SET ROLE admin")).isEmpty();
        assertThat(StatementHead.settingsChangedBy("SELECT 1")).isEmpty();
        assertThat(StatementHead.firstKeyword("  use penguinmails")).isEqualTo("USE");
    }

    private static StatementHead.Scan scan(byte[] request, boolean complete) {
        return StatementHead.scan(request, request.length, complete);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
