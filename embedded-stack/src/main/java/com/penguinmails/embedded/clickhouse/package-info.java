/**
 * The real ClickHouse engine embedded for tests, the local demo and benchmarks: {@link
 * com.penguinmails.embedded.clickhouse.EmbeddedClickHouse} is the only public entry point.
 *
 * <p>How it works. libchdb (ClickHouse 26.5 as a shared library, fetched by {@code scripts/fetch-chdb.sh} into
 * {@code ~/.cache/penguinmails/chdb}) runs in a child JVM, {@code ClickHouseEngineServer}, started with
 * {@code LD_PRELOAD=libjsig.so} because the engine installs its own signal handlers. That process serves the
 * ClickHouse HTTP interface with the JDK's HTTP server (TCP_NODELAY on) over a small pool of engine connections on
 * the same data directory, so the official client-v2 and JDBC driver talk to it as to a server. It exits when its
 * standard input, a pipe from the parent, ends, so it never outlives the JVM that started it.
 *
 * <p>What the HTTP front end adds to the engine, and why:
 * <ul>
 *   <li>An INSERT's inline data is spooled to a file and inserted with {@code FROM INFILE}: the engine reads inline
 *       data only up to the first blank line and reports success.</li>
 *   <li>Each request gets exactly its own database ({@code X-ClickHouse-Database} / {@code database}) and settings
 *       (every URL parameter that is not a protocol option), whatever ran before on the pooled connection.</li>
 *   <li>{@code param_*} URL parameters are bound by the engine ({@code chdb_query_with_params_n}), never
 *       interpolated.</li>
 *   <li>{@code compress=1} / {@code decompress=1} use ClickHouse's compressed-block framing (CityHash128 + LZ4).</li>
 *   <li>Errors carry the server's HTTP status, {@code X-ClickHouse-Exception-Code} and {@code Code: N.} body; every
 *       response carries {@code X-ClickHouse-Summary}, {@code -Query-Id}, {@code -Format} and {@code -Timezone}
 *       (UTC).</li>
 * </ul>
 *
 * <p>Not served: sessions ({@code session_id}), progress headers, query cancellation, parameters sent in a multipart
 * body, and HTTP compression other than gzip, deflate and lz4 request bodies.
 */
package com.penguinmails.embedded.clickhouse;
