package com.penguinmails.embedded.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ClickHouse HTTP interface as a server defines it, request by request, without a ClickHouse client. */
class HttpProtocolIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;

    static EmbeddedClickHouse clickHouse;

    @BeforeAll
    static void startEngine() throws IOException {
        clickHouse = EmbeddedClickHouse.start(dataDir);
    }

    @AfterAll
    static void stopEngine() {
        clickHouse.close();
    }

    @Test
    void answersPingsAndPlainQueries() throws Exception {
        assertThat(get("/ping").body()).isEqualTo("Ok.\n");
        assertThat(get("/").body()).isEqualTo("Ok.\n");
        assertThat(post("/", "SELECT 1").body()).isEqualTo("1\n");
        assertThat(get("/?query=" + encode("SELECT 'from the url'")).body()).isEqualTo("from the url\n");
    }

    @Test
    void takesTheStatementFromTheUrlAndItsDataFromTheBody() throws Exception {
        post("/", "CREATE TABLE binary_rows (id UInt32, body String) ENGINE = MergeTree ORDER BY id");
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        for (int id = 0; id < 3; id++) {
            byte[] body = ("row " + id + "\n\nafter a blank line").getBytes(StandardCharsets.UTF_8);
            rows.write(new byte[] {(byte) id, 0, 0, 0, (byte) body.length});
            rows.write(body);
        }

        HttpResponse<String> insert = post("/?query=" + encode("INSERT INTO binary_rows FORMAT RowBinary"),
                rows.toByteArray());

        assertThat(insert.statusCode()).isEqualTo(200);
        assertThat(insert.headers().firstValue("X-ClickHouse-Summary").orElseThrow())
                .contains("\"written_rows\":\"3\"");
        assertThat(post("/", "SELECT id, body FROM binary_rows ORDER BY id FORMAT JSONEachRow").body())
                .isEqualTo("{\"id\":0,\"body\":\"row 0\\n\\nafter a blank line\"}\n"
                        + "{\"id\":1,\"body\":\"row 1\\n\\nafter a blank line\"}\n"
                        + "{\"id\":2,\"body\":\"row 2\\n\\nafter a blank line\"}\n");
    }

    @Test
    void insertsValuesWithBlankLinesAndATrailingSemicolon() throws Exception {
        post("/", "CREATE TABLE valued (id UInt32, body String) ENGINE = MergeTree ORDER BY id");

        post("/", "INSERT INTO valued (id, body) VALUES (1, 'a\n\nb'), (2, 'it\\'s');");

        assertThat(post("/", "SELECT body FROM valued ORDER BY id FORMAT TSVRaw").body()).isEqualTo("a\n\nb\nit's\n");
    }

    @Test
    void answersLikeAServerWithHeadersTheClientsRead() throws Exception {
        HttpResponse<String> response = post("/?query_id=my-query-1", "SELECT 1 AS one FORMAT JSONCompact");

        assertThat(response.headers().firstValue("X-ClickHouse-Query-Id")).contains("my-query-1");
        assertThat(response.headers().firstValue("X-ClickHouse-Format")).contains("JSONCompact");
        assertThat(response.headers().firstValue("X-ClickHouse-Timezone")).contains("UTC");
        assertThat(response.headers().firstValue("X-ClickHouse-Server-Display-Name")).isPresent();
        assertThat(response.headers().firstValue("X-ClickHouse-Summary").orElseThrow())
                .contains("\"result_rows\":\"1\"", "\"elapsed_ns\":\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void reportsErrorsWithTheServersStatusCodeAndBody() throws Exception {
        HttpResponse<String> unknownTable = post("/", "SELECT * FROM missing");
        HttpResponse<String> emptyQuery = post("/", "  ");
        HttpResponse<String> unknownSetting = post("/?no_such_setting=1", "SELECT 1");
        HttpResponse<String> unknownPath = get("/no/such/handler");

        assertThat(unknownTable.statusCode()).isEqualTo(404);
        assertThat(unknownTable.headers().firstValue("X-ClickHouse-Exception-Code")).contains("60");
        assertThat(unknownTable.body()).startsWith("Code: 60. DB::Exception: ").contains("missing");
        assertThat(emptyQuery.statusCode()).isEqualTo(400);
        assertThat(emptyQuery.headers().firstValue("X-ClickHouse-Exception-Code")).contains("62");
        assertThat(unknownSetting.statusCode()).isEqualTo(404);
        assertThat(unknownSetting.headers().firstValue("X-ClickHouse-Exception-Code")).contains("115");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
    }

    @Test
    void failsAnInsertIntoAMissingTableWithoutLosingTheConnection() throws Exception {
        HttpResponse<String> failed = post("/", "INSERT INTO missing_target FORMAT TSV\n1\n2\n");

        assertThat(failed.statusCode()).isEqualTo(404);
        assertThat(failed.headers().firstValue("X-ClickHouse-Exception-Code")).contains("60");
        assertThat(post("/", "SELECT 'next'").body()).isEqualTo("next\n");
    }

    @Test
    void compressesResponsesAndErrorsWhenAskedTo() throws Exception {
        HttpResponse<byte[]> result = HTTP.send(request("/?compress=1").POST(HttpRequest.BodyPublishers.ofString(
                "SELECT number FROM numbers(100000) FORMAT TSV")).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> error = HTTP.send(request("/?compress=1").POST(HttpRequest.BodyPublishers.ofString(
                "SELECT * FROM missing")).build(), HttpResponse.BodyHandlers.ofByteArray());

        String text = decompress(result.body());
        assertThat(text.lines()).hasSize(100_000).endsWith("99999");
        assertThat(result.body().length).isLessThan(text.length());
        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(decompress(error.body())).startsWith("Code: 60. DB::Exception:");
    }

    @Test
    void readsCompressedRequestBodiesAndRejectsCorruptOnes() throws Exception {
        post("/", "CREATE TABLE from_compressed (id UInt32) ENGINE = MergeTree ORDER BY id");
        byte[] body = compress("INSERT INTO from_compressed FORMAT TSV\n1\n2\n3\n");
        byte[] corrupt = body.clone();
        corrupt[corrupt.length - 2] ^= 0x20;

        HttpResponse<String> inserted = post("/?decompress=1", body);
        HttpResponse<String> rejected = post("/?decompress=1", corrupt);

        assertThat(inserted.statusCode()).isEqualTo(200);
        assertThat(rejected.statusCode()).isEqualTo(500);
        assertThat(rejected.body()).contains("Cannot read the request", "Checksum");
        assertThat(post("/", "SELECT sum(id) FROM from_compressed").body()).isEqualTo("6\n");
    }

    @Test
    void usesHttpCompressionWhenEnabledAndAccepted() throws Exception {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write("SELECT number FROM numbers(50000) FORMAT TSV".getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<byte[]> response = HTTP.send(request("/?enable_http_compression=1")
                .header("Accept-Encoding", "br, gzip;q=0.9")
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzipped.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()).hasSize(50_000);
        }
    }

    @Test
    void bindsParametersAndAppliesSettingsFromTheUrl() throws Exception {
        HttpResponse<String> response = post("/?param_tenant=" + encode("acme's") + "&param_n=21"
                + "&max_result_rows=99&database=system", "SELECT {tenant:String}, {n:UInt8} * 2, "
                + "getSetting('max_result_rows'), currentDatabase()");

        assertThat(response.body()).isEqualTo("acme\\'s\t42\t99\tsystem\n");
    }

    @Test
    void statementsThatChangeTheSessionLastForTheirOwnRequestOnly() throws Exception {
        // Sequential requests reuse the same pooled connection, where a leak would show.
        for (int i = 0; i < 3; i++) {
            post("/", "SET max_result_rows = 7");
            post("/", "USE system");
            assertThat(post("/", "SELECT getSetting('max_result_rows'), currentDatabase()").body())
                    .isEqualTo("0\tdefault\n");
        }
    }

    private static String decompress(byte[] compressed) throws IOException {
        try (CompressedBlockInputStream in = new CompressedBlockInputStream(new ByteArrayInputStream(compressed))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] compress(String text) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (CompressedBlockOutputStream out = new CompressedBlockOutputStream(compressed)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return compressed.toByteArray();
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String pathAndQuery, String body)
            throws IOException, InterruptedException {
        return post(pathAndQuery, body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String pathAndQuery, byte[] body)
            throws IOException, InterruptedException {
        return HTTP.send(request(pathAndQuery).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(clickHouse.httpUrl() + pathAndQuery));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
