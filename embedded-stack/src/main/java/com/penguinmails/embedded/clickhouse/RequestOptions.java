package com.penguinmails.embedded.clickhouse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What one ClickHouse HTTP request asks for besides its SQL: URL parameters and {@code X-ClickHouse-*} headers,
 * sorted into the statement's settings, its {@code {name:Type}} parameters and the options of the HTTP exchange.
 *
 * @param query            the {@code query} URL parameter, or null
 * @param database         the database to run in (header before URL parameter), or null for {@code default}
 * @param defaultFormat    the output format unless the statement names one
 * @param compressResponse whether the response body uses ClickHouse's compressed framing ({@code compress=1})
 * @param decompressBody   whether the request body uses it ({@code decompress=1})
 * @param responseEncoding the HTTP {@code Content-Encoding} for the response ({@code lz4}, {@code gzip} or
 *                         {@code deflate}, with {@code enable_http_compression=1} and {@code Accept-Encoding}), or
 *                         null
 * @param queryId          the client's query id, or null
 * @param settings         settings for this statement only, in request order
 * @param parameters       values for the statement's {@code {name:Type}} placeholders
 */
record RequestOptions(String query, String database, String defaultFormat, boolean compressResponse,
        boolean decompressBody, String responseEncoding, String queryId, Map<String, String> settings,
        Map<String, String> parameters) {

    static final String DEFAULT_FORMAT = "TabSeparated";

    private static final String PARAMETER_PREFIX = "param_";
    private static final Set<String> RESPONSE_ENCODINGS = Set.of("lz4", "gzip", "deflate");

    // URL parameters a server reads itself; every other one is a setting (as in ClickHouse's HTTPHandler).
    private static final Set<String> NOT_SETTINGS = Set.of("query", "query_id", "database", "default_format",
            "compress", "decompress", "user", "password", "quota_key", "stacktrace", "role", "buffer_size",
            "wait_end_of_query", "session_id", "session_timeout", "session_check", "client_protocol_version",
            "close_session", "enable_http_compression");

    /**
     * Reads the options of one request.
     *
     * @param rawQueryString the URL's query string, still percent-encoded, or null
     * @param header         the value of a request header by name (case-insensitive), or null when absent
     */
    static RequestOptions from(String rawQueryString, Function<String, String> header) {
        Map<String, String> urlParameters = decodeQueryString(rawQueryString);
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        urlParameters.forEach((name, value) -> {
            if (name.startsWith(PARAMETER_PREFIX)) {
                parameters.put(name.substring(PARAMETER_PREFIX.length()), value);
            } else if (!NOT_SETTINGS.contains(name)) {
                settings.put(name, value);
            }
        });
        String database = firstNonEmpty(header.apply("X-ClickHouse-Database"), urlParameters.get("database"));
        String format = firstNonEmpty(header.apply("X-ClickHouse-Format"), urlParameters.get("default_format"));
        String queryId = firstNonEmpty(header.apply("X-ClickHouse-Query-Id"), urlParameters.get("query_id"));
        String responseEncoding = isTrue(urlParameters.get("enable_http_compression"))
                ? responseEncoding(header.apply("Accept-Encoding"))
                : null;
        return new RequestOptions(
                urlParameters.get("query"),
                database,
                format == null ? DEFAULT_FORMAT : format,
                isTrue(urlParameters.get("compress")),
                isTrue(urlParameters.get("decompress")),
                responseEncoding,
                queryId,
                Collections.unmodifiableMap(settings),
                Collections.unmodifiableMap(parameters));
    }

    /** The first encoding the client accepts that the server offers, or null. */
    private static String responseEncoding(String acceptEncoding) {
        if (acceptEncoding == null) {
            return null;
        }
        for (String accepted : acceptEncoding.split(",")) {
            String name = accepted.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (RESPONSE_ENCODINGS.contains(name)) {
                return name;
            }
        }
        return null;
    }

    private static Map<String, String> decodeQueryString(String rawQueryString) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQueryString == null || rawQueryString.isEmpty()) {
            return parameters;
        }
        for (String pair : List.of(rawQueryString.split("&"))) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.put(name, value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static boolean isTrue(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }

    private static String firstNonEmpty(String first, String second) {
        if (first != null && !first.isEmpty()) {
            return first;
        }
        return second == null || second.isEmpty() ? null : second;
    }
}
