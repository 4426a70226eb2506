package com.penguinmails.embedded.clickhouse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Up to a fixed number of connections to one engine, so that statements from concurrent requests run in parallel
 * while each connection runs one statement at a time.
 *
 * <p>The first connection is opened eagerly (it boots the engine, and fails fast if the data directory is taken);
 * the others when concurrency first needs them. Thread-safe.
 */
final class ChdbConnectionPool implements AutoCloseable {

    private final ChdbLibrary library;
    private final Path dataDir;
    private final int maxSize;
    private final Deque<ChdbConnection> idle = new ArrayDeque<>();
    private int opened;
    private boolean closed;

    private ChdbConnectionPool(ChdbLibrary library, Path dataDir, int maxSize) {
        this.library = library;
        this.dataDir = dataDir;
        this.maxSize = maxSize;
    }

    /**
     * Boots the engine on {@code dataDir} with one connection.
     *
     * @throws EngineUnavailableException if the engine refuses the first connection
     */
    static ChdbConnectionPool open(ChdbLibrary library, Path dataDir, int maxSize) {
        ChdbConnectionPool pool = new ChdbConnectionPool(library, dataDir, maxSize);
        pool.idle.push(ChdbConnection.open(library, dataDir));
        pool.opened = 1;
        return pool;
    }

    /**
     * A connection for the caller's exclusive use until {@link #release}; waits while all are busy.
     *
     * @throws EngineUnavailableException if the pool is closed
     */
    synchronized ChdbConnection borrow() throws InterruptedException {
        while (true) {
            if (closed) {
                throw new EngineUnavailableException("The ClickHouse engine is shutting down");
            }
            if (!idle.isEmpty()) {
                return idle.pop();
            }
            if (opened < maxSize) {
                ChdbConnection connection = ChdbConnection.open(library, dataDir);
                opened++;
                return connection;
            }
            wait();
        }
    }

    synchronized void release(ChdbConnection connection) {
        idle.push(connection);
        notifyAll();
    }

    /**
     * Waits up to {@code timeout} for borrowed connections to come back, then closes every connection, which shuts
     * the engine down. A connection still busy after the timeout is left open rather than closed under a running
     * statement.
     */
    synchronized void close(Duration timeout) throws InterruptedException {
        closed = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (idle.size() < opened) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                break;
            }
            wait(Math.max(1, remaining / 1_000_000));
        }
        while (!idle.isEmpty()) {
            idle.pop().close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        close(Duration.ofSeconds(30));
    }
}
