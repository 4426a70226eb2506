package com.penguinmails.query.store;

import com.clickhouse.client.api.query.GenericRecord;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Keeps each answer for a short freshness period and runs identical queries that arrive together only once: a dashboard
 * open on several screens, or refreshed by many people of one organisation, costs ClickHouse one query per period.
 *
 * <p>The key is the whole {@link BoundQuery} (SQL and every bound value, the tenant among them), so an answer is only
 * ever reused for the same tenant and the same question. Failures are never kept: callers that joined a failed run get
 * its failure, the next caller queries again. Entries are weighed by their row count so a few huge answers cannot
 * crowd memory.
 */
public final class ResultCache {

    private final Cache<BoundQuery, List<GenericRecord>> answers;
    private final ConcurrentMap<BoundQuery, CompletableFuture<List<GenericRecord>>> running =
            new ConcurrentHashMap<>();

    /**
     * @param freshness how long an answer is reused; events arriving meanwhile show up after at most this long
     * @param maximumRows the most rows kept over all answers
     */
    public ResultCache(Duration freshness, long maximumRows) {
        this(freshness, maximumRows, Ticker.systemTicker());
    }

    ResultCache(Duration freshness, long maximumRows, Ticker ticker) {
        this.answers = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(freshness)
                .maximumWeight(maximumRows)
                .<BoundQuery, List<GenericRecord>>weigher((query, rows) -> Math.max(1, rows.size()))
                .build();
    }

    /**
     * Returns the kept answer to {@code query}, joins a run of it already in flight, or runs it with {@code runner} on
     * the calling thread.
     */
    List<GenericRecord> get(BoundQuery query, Function<BoundQuery, List<GenericRecord>> runner) {
        List<GenericRecord> kept = answers.getIfPresent(query);
        if (kept != null) {
            return kept;
        }
        CompletableFuture<List<GenericRecord>> mine = new CompletableFuture<>();
        CompletableFuture<List<GenericRecord>> theirs = running.putIfAbsent(query, mine);
        if (theirs != null) {
            return join(theirs);
        }
        try {
            List<GenericRecord> rows = runner.apply(query);
            answers.put(query, rows);
            mine.complete(rows);
            return rows;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(query, mine);
        }
    }

    private static List<GenericRecord> join(CompletableFuture<List<GenericRecord>> run) {
        try {
            return run.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }
}
