package com.penguinmails.embedded.clickhouse;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import net.jpountz.lz4.LZ4FrameInputStream;
import net.jpountz.lz4.LZ4FrameOutputStream;

/**
 * Serves ClickHouse's HTTP interface on the engine: translates each request into one {@link EngineStatement} and
 * the engine's result into the response a ClickHouse server would send.
 *
 * <p>An INSERT's inline data never reaches the engine inline (the engine would silently stop reading it at the first
 * blank line): it is spooled to a file which the statement then reads with {@code FROM INFILE}. Spooling the whole
 * body first also means a client that disconnects halfway inserts nothing, as on a server.
 */
final class ClickHouseHttpHandler implements HttpHandler {

    // Far above the engine's own max_query_size (256 KiB by default); inline insert data does not count.
    private static final int MAX_STATEMENT_LENGTH = 64 * 1024 * 1024;
    private static final int WRITE_CHUNK = 256 * 1024;

    private final ChdbConnectionPool engine;
    private final Path spoolDir;
    private final String displayName;

    ClickHouseHttpHandler(ChdbConnectionPool engine, Path spoolDir, String displayName) {
        this.engine = engine;
        this.spoolDir = spoolDir;
        this.displayName = displayName;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // The response may be half sent; closing the exchange below drops the connection, which the client
            // reports as a failed request.
            System.err.println("clickhouse-http: request failed: " + e);
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getPath();
        RequestOptions options = RequestOptions.from(exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders()::getFirst);
        String queryId = options.queryId() == null ? UUID.randomUUID().toString() : options.queryId();
        if (path.equals("/ping") || path.equals("/") && options.query() == null
                && exchange.getRequestMethod().equalsIgnoreCase("GET")) {
            sendText(exchange, 200, "Ok.\n");
            return;
        }
        if (!path.equals("/")) {
            sendError(exchange, options, queryId, EngineError.of(EngineError.UNKNOWN_TYPE_OF_QUERY,
                    "UNKNOWN_TYPE_OF_QUERY", "There is no handle " + path));
            return;
        }
        try {
            serveStatement(exchange, options, queryId);
        } catch (StatementReader.StatementTooLongException e) {
            sendError(exchange, options, queryId,
                    EngineError.of(EngineError.QUERY_IS_TOO_LARGE, "QUERY_IS_TOO_LARGE", e.getMessage()));
        } catch (StatementReader.RequestBodyException e) {
            sendError(exchange, options, queryId, EngineError.of(EngineError.STD_EXCEPTION, "STD_EXCEPTION",
                    "Cannot read the request: " + e.getCause().getMessage()));
        } catch (EngineUnavailableException e) {
            sendError(exchange, options, queryId, EngineError.of(EngineError.CANNOT_SCHEDULE_TASK,
                    "CANNOT_SCHEDULE_TASK", e.getMessage()));
        }
    }

    private void serveStatement(HttpExchange exchange, RequestOptions options, String queryId)
            throws IOException, InterruptedException {
        InputStream request;
        try {
            request = statementStream(exchange, options);
        } catch (IOException e) {
            throw new StatementReader.RequestBodyException(e);
        }
        StatementReader reader = new StatementReader(request, MAX_STATEMENT_LENGTH);
        StatementHead.Scan scan = reader.readHead();
        if (scan instanceof StatementHead.InlineDataInsert insert) {
            runInsert(exchange, options, queryId, reader, insert);
            return;
        }
        byte[] sql = reader.readStatement();
        String text = new String(sql, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            sendError(exchange, options, queryId, EngineError.of(EngineError.SYNTAX_ERROR, "SYNTAX_ERROR",
                    "Empty query"));
            return;
        }
        String format = StatementHead.formatClause(text);
        EngineStatement statement = new EngineStatement(sql, options.defaultFormat(), options.database(),
                options.settings(), options.parameters());
        respond(exchange, options, queryId, format == null ? options.defaultFormat() : format, statement);
    }

    private void runInsert(HttpExchange exchange, RequestOptions options, String queryId, StatementReader reader,
            StatementHead.InlineDataInsert insert) throws IOException, InterruptedException {
        Path data = Files.createTempFile(spoolDir, "insert-", ".data");
        try {
            try (OutputStream spool = new BufferedOutputStream(Files.newOutputStream(data), WRITE_CHUNK)) {
                reader.copyRemainderTo(insert.dataOffset(), spool);
            }
            EngineStatement statement = new EngineStatement(insert.fromFile(data.toString()), options.defaultFormat(),
                    options.database(), options.settings(), options.parameters());
            respond(exchange, options, queryId, options.defaultFormat(), statement);
        } finally {
            Files.deleteIfExists(data);
        }
    }

    private void respond(HttpExchange exchange, RequestOptions options, String queryId, String format,
            EngineStatement statement) throws IOException, InterruptedException {
        ChdbConnection connection = engine.borrow();
        ChdbResult result;
        try {
            result = connection.execute(statement);
        } finally {
            engine.release(connection);
        }
        try (result) {
            String error = result.error();
            if (error != null) {
                sendError(exchange, options, queryId, EngineError.fromEngineMessage(error));
                return;
            }
            Headers headers = exchange.getResponseHeaders();
            addCommonHeaders(headers, queryId);
            headers.set("X-ClickHouse-Format", format);
            headers.set("Content-Type", contentType(format));
            headers.set("X-ClickHouse-Summary", result.statistics().summaryHeader());
            writeBody(exchange, options, 200, result.output());
        }
    }

    private InputStream statementStream(HttpExchange exchange, RequestOptions options) throws IOException {
        InputStream body = exchange.getRequestBody();
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        if (encoding != null) {
            switch (encoding.trim().toLowerCase(Locale.ROOT)) {
                case "gzip" -> body = new GZIPInputStream(body, WRITE_CHUNK);
                case "deflate" -> body = new InflaterInputStream(body);
                case "lz4" -> body = new LZ4FrameInputStream(body);
                case "", "identity" -> { }
                default -> throw new IOException("Unsupported Content-Encoding " + encoding);
            }
        }
        if (options.decompressBody()) {
            body = new CompressedBlockInputStream(body);
        }
        if (options.query() == null) {
            return body;
        }
        byte[] query = (options.query() + "\n").getBytes(StandardCharsets.UTF_8);
        return new SequenceInputStream(new ByteArrayInputStream(query), body);
    }

    private void sendError(HttpExchange exchange, RequestOptions options, String queryId, EngineError error)
            throws IOException {
        Headers headers = exchange.getResponseHeaders();
        addCommonHeaders(headers, queryId);
        headers.set("X-ClickHouse-Exception-Code", Integer.toString(error.code()));
        headers.set("Content-Type", "text/plain; charset=UTF-8");
        writeBody(exchange, options, error.httpStatus(),
                ByteBuffer.wrap(error.body().getBytes(StandardCharsets.UTF_8)));
    }

    private void addCommonHeaders(Headers headers, String queryId) {
        headers.set("X-ClickHouse-Query-Id", queryId);
        headers.set("X-ClickHouse-Timezone", "UTC");
        headers.set("X-ClickHouse-Server-Display-Name", displayName);
        headers.set("Keep-Alive", "timeout=20");
    }

    private static void writeBody(HttpExchange exchange, RequestOptions options, int status, ByteBuffer body)
            throws IOException {
        if (!body.hasRemaining()) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        if (options.compressResponse()) {
            exchange.sendResponseHeaders(status, 0);
            try (CompressedBlockOutputStream out = new CompressedBlockOutputStream(exchange.getResponseBody())) {
                out.write(body);
            }
            return;
        }
        if (options.responseEncoding() != null) {
            exchange.getResponseHeaders().set("Content-Encoding", options.responseEncoding());
            exchange.sendResponseHeaders(status, 0);
            try (OutputStream out = encoded(exchange.getResponseBody(), options.responseEncoding())) {
                copy(body, out);
            }
            return;
        }
        exchange.sendResponseHeaders(status, body.remaining());
        try (OutputStream out = exchange.getResponseBody()) {
            copy(body, out);
        }
    }

    private static OutputStream encoded(OutputStream target, String encoding) throws IOException {
        return switch (encoding) {
            case "lz4" -> new LZ4FrameOutputStream(target);
            case "gzip" -> new GZIPOutputStream(target, WRITE_CHUNK);
            case "deflate" -> new DeflaterOutputStream(target);
            default -> throw new IllegalArgumentException("Unsupported encoding " + encoding);
        };
    }

    private static void copy(ByteBuffer body, OutputStream out) throws IOException {
        byte[] chunk = new byte[Math.min(WRITE_CHUNK, body.remaining())];
        while (body.hasRemaining()) {
            int length = Math.min(chunk.length, body.remaining());
            body.get(chunk, 0, length);
            out.write(chunk, 0, length);
        }
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static String contentType(String format) {
        String name = format.toLowerCase(Locale.ROOT);
        if (name.startsWith("tabseparated") || name.startsWith("tsv")) {
            return "text/tab-separated-values; charset=UTF-8";
        }
        if (name.startsWith("csv")) {
            return "text/csv; charset=UTF-8; header=absent";
        }
        if (name.startsWith("json")) {
            return "application/json; charset=UTF-8";
        }
        if (name.startsWith("rowbinary") || name.startsWith("native") || name.startsWith("parquet")
                || name.startsWith("arrow") || name.startsWith("orc") || name.startsWith("avro")) {
            return "application/octet-stream";
        }
        return "text/plain; charset=UTF-8";
    }
}
