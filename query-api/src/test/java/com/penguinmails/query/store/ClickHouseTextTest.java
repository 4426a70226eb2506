package com.penguinmails.query.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClickHouseTextTest {

    @Test
    void escapesBackslashesAndControlCharactersTheWayTabSeparatedValuesAre() {
        assertThat(ClickHouseText.string("a\\b")).isEqualTo("a\\\\b");
        assertThat(ClickHouseText.string("tab\there\nnew\rcr\0nul")).isEqualTo("tab\\there\\nnew\\rcr\\0nul");
    }

    @Test
    void leavesQuotesAndSqlAlone() {
        String injection = "' OR 1=1 -- {tenant_id:String}";

        assertThat(ClickHouseText.string(injection)).isEqualTo(injection);
    }

    @Test
    void formatsInstantsInUtcWithMilliseconds() {
        assertThat(ClickHouseText.dateTime64Millis(Instant.parse("2026-11-01T10:20:30.456Z")))
                .isEqualTo("2026-11-01 10:20:30.456");
        assertThat(ClickHouseText.dateTime64Millis(Instant.parse("2026-11-01T00:00:00Z")))
                .isEqualTo("2026-11-01 00:00:00.000");
    }

    @Test
    void roundsSubMillisecondInstantsUp() {
        assertThat(ClickHouseText.dateTime64Millis(Instant.parse("2026-11-01T23:59:59.999000001Z")))
                .isEqualTo("2026-11-02 00:00:00.000");
    }
}
