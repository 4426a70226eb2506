package com.penguinmails.embedded.clickhouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.net.httpserver.HttpServer;

/**
 * The engine process: loads libchdb, opens the data directory and serves ClickHouse's HTTP interface on the
 * loopback address until its standard input ends.
 *
 * <p>Started by {@link EmbeddedClickHouse}, never by hand. Its standard input is a pipe from the parent process that
 * is never written to: end of input means the parent stopped it or died, and either way the engine closes its
 * connections (the engine crashes a process exiting with one open) and exits, so no engine outlives its parent.
 *
 * <p>Arguments: {@code --data-dir=DIR --library=PATH [--port=N] [--connections=N] [--threads=N]}. Prints
 * {@value #READY_PREFIX}{@code PORT} on standard output once it serves; exits with status 2 on bad arguments and 3
 * when the engine refuses the data directory.
 */
public final class ClickHouseEngineServer {

    static final String READY_PREFIX = "penguinmails-clickhouse-ready port=";
    static final int EXIT_BAD_ARGUMENTS = 2;
    static final int EXIT_ENGINE_REFUSED = 3;
    static final int EXIT_CANNOT_LISTEN = 4;

    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(20);

    private final ChdbConnectionPool engine;
    private final HttpServer server;
    private final ExecutorService workers;
    private final Path spoolDir;
    private boolean stopped;

    private ClickHouseEngineServer(ChdbConnectionPool engine, HttpServer server, ExecutorService workers,
            Path spoolDir) {
        this.engine = engine;
        this.server = server;
        this.workers = workers;
        this.spoolDir = spoolDir;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> arguments = parse(args);
        if (!arguments.containsKey("data-dir") || !arguments.containsKey("library")) {
            System.err.println("usage: ClickHouseEngineServer --data-dir=DIR --library=PATH [--port=N] "
                    + "[--connections=N] [--threads=N]");
            System.exit(EXIT_BAD_ARGUMENTS);
        }
        ClickHouseEngineServer engineServer = start(
                Path.of(arguments.get("data-dir")),
                Path.of(arguments.get("library")),
                Integer.parseInt(arguments.getOrDefault("port", "0")),
                Integer.parseInt(arguments.getOrDefault("connections", "4")),
                Integer.parseInt(arguments.getOrDefault("threads", "8")));
        Runtime.getRuntime().addShutdownHook(new Thread(engineServer::stopQuietly, "clickhouse-engine-shutdown"));
        System.out.println(READY_PREFIX + engineServer.server.getAddress().getPort());
        System.out.flush();
        awaitEndOfInput(System.in);
        engineServer.stopQuietly();
        System.exit(0);
    }

    private static ClickHouseEngineServer start(Path dataDir, Path libraryPath, int port, int connections,
            int threads) throws IOException {
        // Must be set before the JDK HTTP server's classes load; without it every response waits ~40 ms (Nagle).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        ChdbLibrary library = Native.load(libraryPath.toString(), ChdbLibrary.class,
                Map.of(Library.OPTION_STRING_ENCODING, "UTF-8"));
        Files.createDirectories(dataDir);
        ChdbConnectionPool engine;
        try {
            engine = ChdbConnectionPool.open(library, dataDir.toAbsolutePath(), connections);
        } catch (EngineUnavailableException e) {
            System.err.println("clickhouse-engine: " + e.getMessage());
            System.exit(EXIT_ENGINE_REFUSED);
            throw e;
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        } catch (IOException e) {
            System.err.println("clickhouse-engine: cannot listen on 127.0.0.1:" + port + ": " + e);
            closeQuietly(engine);
            System.exit(EXIT_CANNOT_LISTEN);
            throw e;
        }
        Path spoolDir = Files.createTempDirectory("penguinmails-clickhouse-inserts-");
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads());
        server.setExecutor(workers);
        server.createContext("/", new ClickHouseHttpHandler(engine, spoolDir, "penguinmails-embedded-clickhouse"));
        server.start();
        return new ClickHouseEngineServer(engine, server, workers, spoolDir);
    }

    /** Stops serving, lets running requests finish, then closes every engine connection; safe to call twice. */
    private synchronized void stopQuietly() {
        if (stopped) {
            return;
        }
        stopped = true;
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(DRAIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            engine.close(DRAIN_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteSpool();
    }

    private void deleteSpool() {
        try (Stream<Path> files = Files.list(spoolDir)) {
            files.forEach(file -> file.toFile().delete());
            Files.deleteIfExists(spoolDir);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("clickhouse-engine: could not delete " + spoolDir + ": " + e);
        }
    }

    private static void closeQuietly(ChdbConnectionPool engine) {
        try {
            engine.close(DRAIN_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitEndOfInput(InputStream input) {
        byte[] ignored = new byte[256];
        try {
            while (input.read(ignored) >= 0) {
                // The parent never writes; anything read is discarded.
            }
        } catch (IOException e) {
            // A broken pipe means the parent is gone, the same as end of input.
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> arguments = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.indexOf('=') > 2) {
                arguments.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                System.err.println("clickhouse-engine: ignoring argument " + arg);
            }
        }
        return arguments;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "clickhouse-http-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
