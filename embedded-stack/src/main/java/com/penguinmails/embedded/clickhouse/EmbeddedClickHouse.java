package com.penguinmails.embedded.clickhouse;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real ClickHouse engine (chDB 26.5) on this machine, reached over the ClickHouse HTTP protocol, so that the
 * official client-v2 and JDBC driver work unchanged against {@link #httpUrl()}.
 *
 * <p>The engine runs in its own child JVM (its native signal handlers would otherwise break this JVM) serving
 * {@code 127.0.0.1} only. It keeps its data in the given directory, which one engine at a time may use. The child
 * never outlives this JVM: it stops on {@link #stop()}, on JVM shutdown, and by itself when this JVM dies (even by
 * {@code kill -9}). The native library comes from the system property {@code penguinmails.chdb.library}, else from
 * {@code ~/.cache/penguinmails/chdb/26.5.3/libchdb.so}, where the {@code embedded-stack} build puts it.
 *
 * <pre>{@code
 * try (EmbeddedClickHouse clickHouse = EmbeddedClickHouse.start(Path.of("target/clickhouse"))) {
 *     Client client = new Client.Builder().addEndpoint(clickHouse.httpUrl())
 *             .setUsername("default").setPassword("").build();
 * }
 * }</pre>
 *
 * <p>Thread-safe. The server's time zone is UTC.
 */
public final class EmbeddedClickHouse implements AutoCloseable {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedClickHouse.class);

    private final Path dataDir;
    private final Path library;
    private int port;
    private EngineProcess process;
    private Thread shutdownHook;

    private EmbeddedClickHouse(Path dataDir, Path library) {
        this.dataDir = dataDir;
        this.library = library;
    }

    /**
     * Starts an engine keeping its data under {@code dataDir} (created if missing; existing data is kept) on a free
     * port.
     *
     * @throws java.io.FileNotFoundException if the native library is missing (the message says how to fetch it)
     * @throws IOException                   if the engine does not start, for example because another process uses
     *                                       {@code dataDir}
     */
    public static EmbeddedClickHouse start(Path dataDir) throws IOException {
        Path absoluteDataDir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(absoluteDataDir);
        EmbeddedClickHouse clickHouse = new EmbeddedClickHouse(absoluteDataDir, ChdbLibraryLocation.resolve());
        clickHouse.launch();
        return clickHouse;
    }

    /**
     * The base URL of the HTTP interface, such as {@code http://127.0.0.1:41234}; the same across {@link #stop()}
     * and {@link #start()}.
     */
    public synchronized String httpUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The directory holding the engine's data. */
    public Path dataDir() {
        return dataDir;
    }

    /** Whether the engine is running (between a start and a stop). */
    public synchronized boolean isRunning() {
        return process != null;
    }

    /**
     * Starts the engine again after {@link #stop()}, on the same port and data directory, with all data kept; does
     * nothing while it runs.
     *
     * @throws UncheckedIOException if the engine does not start (for example, the port was taken meanwhile)
     */
    public synchronized void start() {
        if (process != null) {
            return;
        }
        try {
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the engine, letting running statements finish; data stays on disk. Does nothing when it is stopped.
     */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.stop();
        process = null;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is what called us, or is about to find nothing to do.
        }
        shutdownHook = null;
        LOG.info("ClickHouse engine on port {} stopped", port);
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private void launch() throws IOException {
        long started = System.nanoTime();
        EngineProcess engine = EngineProcess.start(command(), environment(), dataDir);
        process = engine;
        port = engine.port();
        shutdownHook = new Thread(this::stop, "clickhouse-engine-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        LOG.info("ClickHouse engine (pid {}) serving {} from {} after {} ms", engine.pid(), httpUrl(), dataDir,
                (System.nanoTime() - started) / 1_000_000);
    }

    private List<String> command() {
        Path javaHome = Path.of(System.getProperty("java.home"));
        List<String> command = new ArrayList<>();
        // In a session of its own the engine does not get the terminal's Ctrl-C along with the parent, which then
        // stops it last, after whatever still writes to it; it still exits when the parent dies (stdin closes).
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-Dsun.net.httpserver.nodelay=true");
        command.add("-cp");
        command.add(childClassPath());
        command.add(ClickHouseEngineServer.class.getName());
        command.add("--data-dir=" + dataDir);
        command.add("--library=" + library);
        command.add("--port=" + port);
        return command;
    }

    private static Map<String, String> environment() {
        Path signalChaining = Path.of(System.getProperty("java.home"), "lib", "libjsig.so");
        if (!Files.isRegularFile(signalChaining)) {
            LOG.warn("{} is missing: the engine process runs without JVM signal chaining", signalChaining);
            return Map.of("TZ", "UTC");
        }
        // The engine installs its own SIGSEGV/SIGBUS handlers; chaining keeps the JVM's working beside them.
        return Map.of("TZ", "UTC", "LD_PRELOAD", signalChaining.toString());
    }

    /**
     * The engine process needs only this module's classes, JNA and lz4-java; taking them from where they were
     * loaded works under Maven's launchers too, where {@code java.class.path} may be a launcher's own.
     */
    private static String childClassPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(ClickHouseEngineServer.class, com.sun.jna.Native.class,
                net.jpountz.lz4.LZ4Factory.class)) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return System.getProperty("java.class.path");
            }
            try {
                entries.add(Path.of(source.getLocation().toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                return System.getProperty("java.class.path");
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
