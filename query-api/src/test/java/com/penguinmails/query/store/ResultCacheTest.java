package com.penguinmails.query.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clickhouse.client.api.query.GenericRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ResultCacheTest {

    private static final BoundQuery ACME = new BoundQuery("SELECT 1 WHERE tenant_id = {tenant:String}",
            Map.of("tenant", "acme"));
    private static final BoundQuery GLOBEX = new BoundQuery("SELECT 1 WHERE tenant_id = {tenant:String}",
            Map.of("tenant", "globex"));

    private final AtomicLong nanos = new AtomicLong();
    private final ResultCache cache = new ResultCache(Duration.ofSeconds(5), 1_000, nanos::get);
    private final AtomicInteger runs = new AtomicInteger();

    private List<GenericRecord> run(BoundQuery query) {
        runs.incrementAndGet();
        return new ArrayList<>();
    }

    @Test
    void reusesAnAnswerWithinItsFreshnessAndQueriesAgainAfter() {
        List<GenericRecord> first = cache.get(ACME, this::run);
        nanos.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertThat(cache.get(ACME, this::run)).isSameAs(first);
        assertThat(runs).hasValue(1);

        nanos.addAndGet(Duration.ofMillis(2).toNanos());
        assertThat(cache.get(ACME, this::run)).isNotSameAs(first);
        assertThat(runs).hasValue(2);
    }

    @Test
    void neverSharesAnAnswerBetweenDifferentBoundValues() {
        List<GenericRecord> acme = cache.get(ACME, this::run);
        List<GenericRecord> globex = cache.get(GLOBEX, this::run);

        assertThat(globex).isNotSameAs(acme);
        assertThat(runs).hasValue(2);
    }

    @Test
    void keepsNoFailure() {
        assertThatThrownBy(() -> cache.get(ACME, query -> {
            throw new AnalyticsStoreUnavailableException("down", new IllegalStateException());
        })).isInstanceOf(AnalyticsStoreUnavailableException.class);

        cache.get(ACME, this::run);
        assertThat(runs).hasValue(1);
    }

    @Test
    void runsIdenticalConcurrentQueriesOnceAndGivesEveryCallerTheAnswer() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            Future<List<GenericRecord>> leader = callers.submit(() -> cache.get(ACME, query -> {
                running.countDown();
                await(release);
                return run(query);
            }));
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<List<GenericRecord>>> followers = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                followers.add(callers.submit(() -> cache.get(ACME, this::run)));
            }
            release.countDown();

            List<GenericRecord> answer = leader.get(10, TimeUnit.SECONDS);
            for (Future<List<GenericRecord>> follower : followers) {
                assertThat(follower.get(10, TimeUnit.SECONDS)).isSameAs(answer);
            }
            assertThat(runs).hasValue(1);
        } finally {
            callers.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
