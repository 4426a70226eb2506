package com.penguinmails.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.penguinmails.embedded.clickhouse.EmbeddedClickHouse;
import com.penguinmails.embedded.kafka.EmbeddedKafka;
import com.penguinmails.embedded.postgres.EmbeddedPostgresServer;

/**
 * The platform's infrastructure (Kafka, PostgreSQL, ClickHouse) on this machine, each part started on first use.
 *
 * <p>This is the one way tests, the local demo and benchmarks start infrastructure. Each part keeps its files under
 * its own directory of the root: {@code kafka}, {@code postgres} and {@code clickhouse}; a new stack on the same
 * root finds the previous data. The accessors are thread-safe and start their part at most once; parts start
 * independently, so two threads may start Kafka and PostgreSQL at the same time.
 *
 * <pre>{@code
 * try (EmbeddedStack stack = EmbeddedStack.under(Path.of("target/stack"))) {
 *     stack.kafka().createTopic("events.raw", 4);
 *     String bootstrapServers = stack.kafka().bootstrapServers();
 * }
 * }</pre>
 */
public final class EmbeddedStack implements AutoCloseable {

    private final Path rootDir;
    private final Object kafkaLock = new Object();
    private final Object postgresLock = new Object();
    private final Object clickHouseLock = new Object();
    private EmbeddedKafka kafka;
    private EmbeddedPostgresServer postgres;
    private EmbeddedClickHouse clickHouse;
    private volatile boolean closed;

    private EmbeddedStack(Path rootDir) {
        this.rootDir = rootDir.toAbsolutePath();
    }

    /** A stack keeping its data under {@code rootDir}; nothing starts until a part is asked for. */
    public static EmbeddedStack under(Path rootDir) {
        return new EmbeddedStack(rootDir);
    }

    /** The root directory holding every part's data. */
    public Path rootDir() {
        return rootDir;
    }

    /**
     * The Kafka broker, started under {@code rootDir/kafka} on the first call.
     *
     * @throws IllegalStateException if the stack is closed
     */
    public EmbeddedKafka kafka() {
        synchronized (kafkaLock) {
            requireOpen();
            if (kafka == null) {
                kafka = EmbeddedKafka.start(rootDir.resolve("kafka"));
            }
            return kafka;
        }
    }

    /**
     * The PostgreSQL server, started under {@code rootDir/postgres} on the first call.
     *
     * @throws IllegalStateException if the stack is closed
     */
    public EmbeddedPostgresServer postgres() {
        synchronized (postgresLock) {
            requireOpen();
            if (postgres == null) {
                postgres = EmbeddedPostgresServer.start(rootDir.resolve("postgres"));
            }
            return postgres;
        }
    }

    /**
     * The ClickHouse engine, started under {@code rootDir/clickhouse} on the first call.
     *
     * @throws UncheckedIOException if the engine cannot start
     * @throws IllegalStateException if the stack is closed
     */
    public EmbeddedClickHouse clickHouse() {
        synchronized (clickHouseLock) {
            requireOpen();
            if (clickHouse == null) {
                try {
                    clickHouse = EmbeddedClickHouse.start(rootDir.resolve("clickhouse"));
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start ClickHouse under " + rootDir, e);
                }
            }
            return clickHouse;
        }
    }

    /**
     * Stops every part that was started, each one even if another fails to stop; the data stays on disk.
     *
     * @throws IllegalStateException if a part failed to stop, carrying the other failures as suppressed exceptions
     */
    @Override
    public void close() {
        List<Exception> failures = new ArrayList<>();
        // ClickHouse and PostgreSQL go first: their native engine or child process could outlive a dying JVM.
        synchronized (clickHouseLock) {
            closed = true;
            if (clickHouse != null) {
                try {
                    clickHouse.close();
                } catch (Exception e) {
                    failures.add(e);
                }
                clickHouse = null;
            }
        }
        synchronized (postgresLock) {
            if (postgres != null) {
                try {
                    postgres.close();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
                postgres = null;
            }
        }
        synchronized (kafkaLock) {
            if (kafka != null) {
                try {
                    kafka.close();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
                kafka = null;
            }
        }
        if (!failures.isEmpty()) {
            IllegalStateException failure = new IllegalStateException("Could not stop the embedded stack cleanly",
                    failures.get(0));
            failures.subList(1, failures.size()).forEach(failure::addSuppressed);
            throw failure;
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The embedded stack under " + rootDir + " is closed");
        }
    }
}
