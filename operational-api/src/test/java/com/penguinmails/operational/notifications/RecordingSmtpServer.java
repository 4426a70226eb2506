package com.penguinmails.operational.notifications;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/** A real SMTP server (SubEthaSMTP) on a loopback port that records every message, or refuses with 550 if told. */
public final class RecordingSmtpServer implements AutoCloseable {

    /** A received message: the envelope sender, one envelope recipient and the raw message. */
    public record Received(String from, String to, String data) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final SMTPServer server;
    private volatile String refusal;

    private RecordingSmtpServer() {
        server = SMTPServer.port(0)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName("smtp.test")
                .messageHandler((context, from, to, data) -> {
                    if (refusal != null) {
                        throw new RejectException(550, refusal);
                    }
                    received.add(new Received(from, to, new String(data, StandardCharsets.UTF_8)));
                })
                .build();
        server.start();
    }

    /** Starts a server. */
    public static RecordingSmtpServer start() {
        return new RecordingSmtpServer();
    }

    /** The port it listens on. */
    public int port() {
        return server.getPortAllocated();
    }

    /** Every message copy received so far. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** From now on, refuse every message with 550 and this text (null accepts again). */
    public void refuseWith(String text) {
        refusal = text;
    }

    @Override
    public void close() {
        server.stop();
    }
}
