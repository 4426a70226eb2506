package com.penguinmails.embedded.clickhouse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running engine child process ({@link ClickHouseEngineServer}): starts it, waits until it serves, relays its
 * output to the log, and stops it.
 *
 * <p>The child's standard input stays open and unwritten for the child's whole life: closing it is the request to
 * stop, and the operating system closes it when this JVM dies, however it dies.
 */
final class EngineProcess {

    private static final Logger LOG = LoggerFactory.getLogger(EngineProcess.class);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration GRACEFUL_STOP_TIMEOUT = Duration.ofSeconds(40);
    private static final int REMEMBERED_OUTPUT_LINES = 40;
    // Printed by every JVM started with libjsig preloaded; harmless.
    private static final String SIGNAL_CHAINING_WARNING = "the use of signal() and sigset() for signal chaining";

    private final Process process;
    private final int port;
    private final Thread outputRelay;

    private EngineProcess(Process process, int port, Thread outputRelay) {
        this.process = process;
        this.port = port;
        this.outputRelay = outputRelay;
    }

    /**
     * Starts the engine process and waits until it serves HTTP.
     *
     * @param environment extra environment variables for the child
     * @throws IOException if the process cannot start, exits before serving, or does not serve in time; the message
     *                     carries the child's last lines of output
     */
    static EngineProcess start(List<String> command, Map<String, String> environment, Path dataDir)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Deque<String> recentOutput = new ArrayDeque<>();
        Thread relay = new Thread(() -> relayOutput(process, ready, recentOutput),
                "clickhouse-engine-output-" + process.pid());
        relay.setDaemon(true);
        relay.start();
        try {
            int port = ready.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return new EngineProcess(process, port, relay);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            waitQuietly(process, Duration.ofSeconds(10));
            throw new IOException(failureMessage(dataDir, e instanceof TimeoutException, snapshot(recentOutput)));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while starting the ClickHouse engine", e);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Asks the engine to stop (end of its input), waits for it, and kills it only if it does not stop in time. */
    void stop() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            LOG.debug("Closing the ClickHouse engine's input failed; it is probably gone already", e);
        }
        if (!waitQuietly(process, GRACEFUL_STOP_TIMEOUT)) {
            LOG.warn("The ClickHouse engine (pid {}) did not stop within {}; killing it", process.pid(),
                    GRACEFUL_STOP_TIMEOUT);
            process.destroyForcibly();
            waitQuietly(process, Duration.ofSeconds(10));
        }
        try {
            outputRelay.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void relayOutput(Process process, CompletableFuture<Integer> ready, Deque<String> recentOutput) {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (!ready.isDone() && line.startsWith(ClickHouseEngineServer.READY_PREFIX)) {
                    ready.complete(Integer.parseInt(line.substring(ClickHouseEngineServer.READY_PREFIX.length())));
                    continue;
                }
                if (line.contains(SIGNAL_CHAINING_WARNING)) {
                    continue;
                }
                synchronized (recentOutput) {
                    recentOutput.addLast(line);
                    if (recentOutput.size() > REMEMBERED_OUTPUT_LINES) {
                        recentOutput.removeFirst();
                    }
                }
                LOG.info("[clickhouse-engine] {}", line);
            }
        } catch (IOException e) {
            LOG.debug("Reading the ClickHouse engine's output failed", e);
        } finally {
            ready.completeExceptionally(new IOException("The ClickHouse engine exited"));
        }
    }

    private static String failureMessage(Path dataDir, boolean timedOut, String output) {
        if (output.contains("Cannot lock file")) {
            return "The ClickHouse data directory " + dataDir + " is in use by another process (another "
                    + "EmbeddedClickHouse or chDB on the same directory); stop it first. Engine output:\n" + output;
        }
        if (timedOut) {
            return "The ClickHouse engine did not start serving within " + READY_TIMEOUT + ". Engine output:\n"
                    + output;
        }
        return "The ClickHouse engine exited before serving. Engine output:\n" + output;
    }

    private static String snapshot(Deque<String> recentOutput) {
        synchronized (recentOutput) {
            return String.join("\n", recentOutput);
        }
    }

    private static boolean waitQuietly(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
