package com.penguinmails.ingestion.sendingholds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OperationalSendingHoldsTest {

    private final AtomicReference<String> answer = new AtomicReference<>();
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private HttpServer server;
    private final SendingHolds holds = new SendingHolds();
    private OperationalSendingHolds poller;

    @BeforeEach
    void startFakeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(OperationalSendingHolds.PATH, exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        poller = new OperationalSendingHolds(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                "svc-token", Duration.ofSeconds(10), Duration.ofSeconds(2), holds);
    }

    @AfterEach
    void stopFakeApi() {
        server.stop(0);
    }

    @Test
    void installsTheHoldsOfTheAnswerWithTheServiceToken() {
        answer.set("{\"sending_holds\":[{\"tenant_id\":\"acme\",\"workspace_id\":\"ws-1\",\"reason\":\"budget_cap\","
                + "\"detail\":\"used up\",\"placed_at\":\"2026-11-25T10:00:00Z\"},{\"tenant_id\":\"globex\","
                + "\"workspace_id\":null,\"reason\":\"payment_overdue\",\"detail\":\"unpaid\"}]}");

        assertThat(poller.poll()).isTrue();

        assertThat(authorization.get()).isEqualTo("Bearer svc-token");
        assertThat(holds.holding("acme", "ws-1")).map(SendingHold::reason).contains("budget_cap");
        assertThat(holds.holding("acme", "ws-2")).isEmpty();
        assertThat(holds.holding("globex", "anything")).map(SendingHold::reason).contains("payment_overdue");
    }

    @Test
    void keepsTheLastAnswerWhenTheApiFailsAndLiftsWhenItSaysSo() {
        answer.set("{\"sending_holds\":[{\"tenant_id\":\"acme\",\"workspace_id\":null,\"reason\":\"budget_cap\","
                + "\"detail\":\"used up\"}]}");
        assertThat(poller.poll()).isTrue();

        status.set(503);
        answer.set("down");
        assertThat(poller.poll()).isFalse();
        assertThat(holds.holding("acme", "ws-1")).isPresent();

        server.stop(0);
        assertThat(poller.poll()).isFalse();
        assertThat(holds.holding("acme", "ws-1")).isPresent();
    }

    @Test
    void anEmptyListLiftsEveryHold() {
        answer.set("{\"sending_holds\":[{\"tenant_id\":\"acme\",\"reason\":\"budget_cap\",\"detail\":\"x\"}]}");
        poller.poll();
        answer.set("{\"sending_holds\":[]}");

        assertThat(poller.poll()).isTrue();

        assertThat(holds.holding("acme", null)).isEmpty();
    }

    @Test
    void refusesAnAnswerWithoutTheList() {
        assertThatThrownBy(() -> OperationalSendingHolds.parse("{\"holds\":[]}")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> OperationalSendingHolds.parse("{\"sending_holds\":[{\"reason\":\"budget_cap\"}]}"))
                .isInstanceOf(IOException.class);
    }
}
