package com.penguinmails.embedded.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, stopping and restarting the engine, and what happens to its process when its parent goes away. */
class EmbeddedClickHouseLifecycleIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    @Test
    void restartsOnTheSameUrlWithItsDataAndStopsItsProcess() throws Exception {
        try (EmbeddedClickHouse clickHouse = EmbeddedClickHouse.start(dataDir)) {
            String url = clickHouse.httpUrl();
            post(url, "CREATE TABLE kept (id UInt32, note String) ENGINE = MergeTree ORDER BY id");
            post(url, "INSERT INTO kept FORMAT TSV\n1\tbefore restart\n");
            List<ProcessHandle> running = engineProcessesOn(dataDir);
            assertThat(running).hasSize(1);

            clickHouse.stop();

            assertThat(running.get(0).isAlive()).isFalse();
            assertThat(clickHouse.isRunning()).isFalse();
            assertThatThrownBy(() -> post(url, "SELECT 1")).isInstanceOf(ConnectException.class);

            clickHouse.start();

            assertThat(clickHouse.httpUrl()).isEqualTo(url);
            post(url, "INSERT INTO kept FORMAT TSV\n2\tafter restart\n");
            assertThat(post(url, "SELECT id, note FROM kept ORDER BY id"))
                    .isEqualTo("1\tbefore restart\n2\tafter restart\n");
        }
        assertThat(engineProcessesOn(dataDir)).isEmpty();
    }

    @Test
    void refusesASecondEngineOnTheSameDataDirectoryWithAClearError() throws Exception {
        try (EmbeddedClickHouse first = EmbeddedClickHouse.start(dataDir)) {
            assertThatThrownBy(() -> EmbeddedClickHouse.start(dataDir))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("is in use by another process")
                    .hasMessageContaining("Cannot lock file " + dataDir.toAbsolutePath() + "/status");

            assertThat(post(first.httpUrl(), "SELECT 'still serving'")).isEqualTo("still serving\n");
            assertThat(engineProcessesOn(dataDir)).hasSize(1);
        }
    }

    @Test
    void saysHowToFetchAMissingEngineLibrary() {
        String configured = System.getProperty(ChdbLibraryLocation.PROPERTY);
        System.setProperty(ChdbLibraryLocation.PROPERTY, dataDir.resolve("nowhere/libchdb.so").toString());
        try {
            assertThatThrownBy(() -> EmbeddedClickHouse.start(dataDir))
                    .isInstanceOf(FileNotFoundException.class)
                    .hasMessageContaining("nowhere/libchdb.so")
                    .hasMessageContaining("scripts/fetch-chdb.sh");
        } finally {
            if (configured == null) {
                System.clearProperty(ChdbLibraryLocation.PROPERTY);
            } else {
                System.setProperty(ChdbLibraryLocation.PROPERTY, configured);
            }
        }
    }

    @Test
    void leavesNoEngineProcessBehindWhenItsParentIsKilled() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-cp", System.getProperty("java.class.path")));
        String library = System.getProperty(ChdbLibraryLocation.PROPERTY);
        if (library != null) {
            command.add("-D" + ChdbLibraryLocation.PROPERTY + "=" + library);
        }
        command.add(EngineParentProbe.class.getName());
        command.add(dataDir.toString());
        Process parent = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String url = awaitProbeUrl(parent);
            assertThat(post(url, "SELECT 42")).isEqualTo("42\n");
            List<ProcessHandle> engines = engineProcessesOn(dataDir);
            assertThat(engines).hasSize(1);
            assertThat(engines.get(0).parent().map(ProcessHandle::pid)).contains(parent.pid());

            parent.destroyForcibly();
            assertThat(parent.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(engines.get(0).onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
            assertThat(engineProcessesOn(dataDir)).isEmpty();
            // The engine closed cleanly and released its lock: the data directory is usable again.
            try (EmbeddedClickHouse again = EmbeddedClickHouse.start(dataDir)) {
                assertThat(post(again.httpUrl(), "SELECT 1")).isEqualTo("1\n");
            }
        } finally {
            parent.destroyForcibly();
        }
    }

    private static String awaitProbeUrl(Process parent) throws IOException {
        BufferedReader output = new BufferedReader(
                new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith(EngineParentProbe.READY)) {
                String url = line.substring(EngineParentProbe.READY.length());
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return url;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The probe exited without starting the engine:\n" + seen);
    }

    /** The live engine processes serving {@code dataDir}, found by their command line. */
    private static List<ProcessHandle> engineProcessesOn(Path dataDir) {
        String dataDirArgument = "--data-dir=" + dataDir.toAbsolutePath().normalize();
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine()
                        .map(line -> line.contains(ClickHouseEngineServer.class.getName())
                                && line.contains(dataDirArgument))
                        .orElse(false))
                .toList();
    }

    private static String post(String url, String sql) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url + "/")).POST(HttpRequest.BodyPublishers.ofString(sql)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
