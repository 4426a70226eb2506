package com.penguinmails.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.penguinmails.embedded.kafka.EmbeddedKafka;

class EmbeddedStackIT {

    @TempDir
    Path root;

    @Test
    void startsNothingUntilAPartIsAskedFor() {
        try (EmbeddedStack stack = EmbeddedStack.under(root)) {
            assertThat(stack.rootDir()).isEqualTo(root.toAbsolutePath());
        }

        assertThat(root).isEmptyDirectory();
    }

    @Test
    void startsKafkaOnceForConcurrentCallersUnderItsOwnDirectory() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (EmbeddedStack stack = EmbeddedStack.under(root)) {
            CompletableFuture<EmbeddedKafka> first = CompletableFuture.supplyAsync(stack::kafka, callers);
            CompletableFuture<EmbeddedKafka> second = CompletableFuture.supplyAsync(stack::kafka, callers);

            assertThat(first.get()).isSameAs(second.get()).isSameAs(stack.kafka());
            assertThat(root.resolve("kafka/logs/meta.properties")).exists();
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void stopsEveryStartedPartOnClose() throws Exception {
        EmbeddedStack stack = EmbeddedStack.under(root);
        String jdbcUrl = stack.postgres().jdbcUrl();
        try (Connection connection = stack.postgres().dataSource().getConnection()) {
            assertThat(connection.isValid(5)).isTrue();
        }
        InetSocketAddress kafkaAddress = address(stack.kafka().bootstrapServers());

        stack.close();

        assertThatThrownBy(() -> DriverManager.getConnection(jdbcUrl, "postgres", "postgres").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> new Socket(kafkaAddress.getAddress(), kafkaAddress.getPort()).close())
                .isInstanceOf(ConnectException.class);
        assertThatThrownBy(stack::kafka).isInstanceOf(IllegalStateException.class);
        assertThat(root.resolve("postgres/data/PG_VERSION")).exists();
    }

    @Test
    void servesClickHouseOverHttpUntilClosed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String httpUrl;
        try (EmbeddedStack stack = EmbeddedStack.under(root)) {
            httpUrl = stack.clickHouse().httpUrl();

            HttpResponse<String> response = http.send(selectOne(httpUrl), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body().trim()).isEqualTo("1");
            assertThat(root.resolve("clickhouse")).isNotEmptyDirectory();
        }

        assertThatThrownBy(() -> http.send(selectOne(httpUrl), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    private static HttpRequest selectOne(String httpUrl) {
        return HttpRequest.newBuilder(URI.create(httpUrl + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("SELECT 1 FORMAT TabSeparated"))
                .build();
    }

    private static InetSocketAddress address(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        return new InetSocketAddress(hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
    }
}
