package com.penguinmails.embedded.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class RequestOptionsTest {

    @Test
    void sortsUrlParametersIntoSettingsStatementParametersAndProtocolOptions() {
        RequestOptions options = RequestOptions.from("compress=1&decompress=1&query_id=q-1&wait_end_of_query=1"
                + "&param_tenant=acme%20corp&insert_deduplication_token=tok%2F1&user=default&database=events"
                + "&max_threads=2", name -> null);

        assertThat(options.compressResponse()).isTrue();
        assertThat(options.decompressBody()).isTrue();
        assertThat(options.queryId()).isEqualTo("q-1");
        assertThat(options.database()).isEqualTo("events");
        assertThat(options.parameters()).containsExactly(Map.entry("tenant", "acme corp"));
        assertThat(options.settings()).containsExactly(Map.entry("insert_deduplication_token", "tok/1"),
                Map.entry("max_threads", "2"));
        assertThat(options.defaultFormat()).isEqualTo("TabSeparated");
    }

    @Test
    void headersWinOverUrlParameters() {
        Map<String, String> headers = Map.of("X-ClickHouse-Database", "penguinmails",
                "X-ClickHouse-Format", "RowBinaryWithNamesAndTypes");

        RequestOptions options = RequestOptions.from("database=other&default_format=CSV&query=SELECT%201",
                headers::get);

        assertThat(options.database()).isEqualTo("penguinmails");
        assertThat(options.defaultFormat()).isEqualTo("RowBinaryWithNamesAndTypes");
        assertThat(options.query()).isEqualTo("SELECT 1");
        assertThat(options.compressResponse()).isFalse();
    }

    @Test
    void compressesOverHttpOnlyWhenEnabledAndWithAnEncodingTheClientAccepts() {
        Map<String, String> headers = Map.of("Accept-Encoding", "br, lz4;q=0.5, gzip");

        assertThat(RequestOptions.from("enable_http_compression=1", headers::get).responseEncoding()).isEqualTo("lz4");
        assertThat(RequestOptions.from("compress=1", headers::get).responseEncoding()).isNull();
        assertThat(RequestOptions.from("enable_http_compression=1", name -> null).responseEncoding()).isNull();
    }

    @Test
    void aRequestWithoutParametersUsesServerDefaults() {
        RequestOptions options = RequestOptions.from(null, name -> null);

        assertThat(options.query()).isNull();
        assertThat(options.database()).isNull();
        assertThat(options.settings()).isEmpty();
        assertThat(options.parameters()).isEmpty();
    }
}
