package com.penguinmails.embedded.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryStatisticsTest {

    @Test
    void writesTheSummaryHeaderWithNumbersAsStringsAndAnInsertsRowsAsItsResult() {
        QueryStatistics insert = new QueryStatistics(0, 0, 1_000_000, 37_791_568, 0, 0, 152_000_000);

        assertThat(insert.summaryHeader()).isEqualTo("{\"read_rows\":\"0\",\"read_bytes\":\"0\","
                + "\"written_rows\":\"1000000\",\"written_bytes\":\"37791568\",\"total_rows_to_read\":\"0\","
                + "\"result_rows\":\"1000000\",\"result_bytes\":\"37791568\",\"elapsed_ns\":\"152000000\"}");
    }

    @Test
    void aQueryReportsWhatItReadAndReturned() {
        QueryStatistics select = new QueryStatistics(3_000_000, 27_000_000, 0, 0, 50, 1_200, 9_000_000);

        assertThat(select.summaryHeader()).contains("\"read_rows\":\"3000000\"", "\"total_rows_to_read\":\"3000000\"",
                "\"result_rows\":\"50\"", "\"result_bytes\":\"1200\"", "\"written_rows\":\"0\"");
    }
}
