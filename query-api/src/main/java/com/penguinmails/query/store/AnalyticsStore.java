package com.penguinmails.query.store;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.ServerException;
import com.clickhouse.client.api.query.GenericRecord;
import com.clickhouse.client.api.query.QuerySettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs read-only {@link BoundQuery bound queries} against the ClickHouse analytics database.
 *
 * <p>Failures that retrying later may cure (ClickHouse unreachable, the connection dropped, the query timed out or
 * the server is overloaded) become {@link AnalyticsStoreUnavailableException}; any other server error (a bad query)
 * is rethrown as is, since it is a bug to log rather than an outage to report. Safe for concurrent use.
 */
public final class AnalyticsStore {

    /** ClickHouse error codes meaning "not now" rather than "never": timeouts, overload and network failures. */
    private static final Set<Integer> TRANSIENT_SERVER_ERRORS = Set.of(
            159, // TIMEOUT_EXCEEDED
            202, // TOO_MANY_SIMULTANEOUS_QUERIES
            209, // SOCKET_TIMEOUT
            210, // NETWORK_ERROR
            241  // MEMORY_LIMIT_EXCEEDED
    );

    private final Client client;
    private final int maxExecutionSeconds;
    private final int maxThreads;
    private final Optional<ResultCache> cache;

    /**
     * @param client the ClickHouse client, whose default database holds the analytics tables; closed by its owner
     * @param queryTimeout the longest a query may run on the server (whole seconds, at least one)
     */
    public AnalyticsStore(Client client, Duration queryTimeout) {
        this(client, queryTimeout, 0, Optional.empty());
    }

    /**
     * @param client the ClickHouse client, whose default database holds the analytics tables; closed by its owner
     * @param queryTimeout the longest a query may run on the server (whole seconds, at least one)
     * @param maxThreads the threads one query may use on the server ({@code max_threads}); 0 leaves it to the server
     * @param cache where answers are kept for a short while and identical concurrent queries joined, if anywhere
     */
    public AnalyticsStore(Client client, Duration queryTimeout, int maxThreads, Optional<ResultCache> cache) {
        if (maxThreads < 0) {
            throw new IllegalArgumentException("maxThreads must be 0 (the server's choice) or more, got " + maxThreads);
        }
        this.client = Objects.requireNonNull(client, "client");
        this.maxExecutionSeconds = (int) Math.max(1, queryTimeout.toSeconds());
        this.maxThreads = maxThreads;
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * Runs {@code query} and returns every row of its answer.
     *
     * @throws AnalyticsStoreUnavailableException when ClickHouse cannot answer now
     */
    public List<GenericRecord> fetch(BoundQuery query) {
        return cache.isPresent() ? cache.get().get(query, this::run) : run(query);
    }

    private List<GenericRecord> run(BoundQuery query) {
        QuerySettings settings = new QuerySettings().setMaxExecutionTime(maxExecutionSeconds);
        if (maxThreads > 0) {
            settings.serverSetting("max_threads", Integer.toString(maxThreads));
        }
        Map<String, Object> parameters = new HashMap<>(query.parameters());
        try {
            return client.queryAll(query.sql(), parameters, settings);
        } catch (RuntimeException e) {
            ServerException serverError = findServerError(e);
            if (serverError != null && !TRANSIENT_SERVER_ERRORS.contains(serverError.getCode())) {
                throw e;
            }
            throw new AnalyticsStoreUnavailableException(
                    "The analytics database (ClickHouse) is not reachable right now; retry shortly.", e);
        }
    }

    private static ServerException findServerError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServerException serverError) {
                return serverError;
            }
        }
        return null;
    }
}
