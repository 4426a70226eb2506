package com.penguinmails.streamjobs.events;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/** Produces a tenant's numbered events in the background, a chunk at a time with a pause between chunks. */
final class ContinuousProducer implements AutoCloseable {

    private final AtomicLong produced = new AtomicLong();
    private final CompletableFuture<Void> done;
    private volatile boolean stopped;

    /**
     * Starts producing events {@code first .. end-1}, {@code chunk} events every {@code pauseMillis}.
     */
    ContinuousProducer(EventsPipelineFixture pipeline, long first, long end, int chunk, long pauseMillis) {
        produced.set(first);
        done = CompletableFuture.runAsync(() -> {
            for (long from = first; from < end && !stopped; from += chunk) {
                long to = Math.min(end, from + chunk);
                pipeline.produce(EventStreams.numbered(pipeline.tenant, from, to));
                produced.set(to);
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    /** The number of the next event to produce: every event below it is acknowledged by Kafka. */
    long produced() {
        return produced.get();
    }

    /** Waits until every event is produced; rethrows a producer failure. */
    long awaitAll() {
        done.join();
        return produced.get();
    }

    @Override
    public void close() {
        stopped = true;
        done.handle((ok, failure) -> null).join();
    }
}
