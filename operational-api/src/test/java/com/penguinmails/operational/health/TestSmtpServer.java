package com.penguinmails.operational.health;

import java.net.InetAddress;
import javax.net.ssl.SSLContext;
import org.subethamail.smtp.server.SMTPServer;

/** A real SMTP server (SubEthaSMTP) on a loopback port greeting as a host name, with or without STARTTLS. */
public final class TestSmtpServer implements AutoCloseable {

    private final SMTPServer server;

    private TestSmtpServer(SMTPServer server) {
        this.server = server;
        server.start();
    }

    /** A server without STARTTLS. */
    public static TestSmtpServer plain(String hostName) {
        return new TestSmtpServer(builder(hostName).build());
    }

    /** A server offering STARTTLS with {@code tls}'s certificate. */
    public static TestSmtpServer withStartTls(String hostName, SSLContext tls) {
        return new TestSmtpServer(builder(hostName).enableTLS().startTlsSocketFactory(tls).build());
    }

    private static SMTPServer.Builder builder(String hostName) {
        return SMTPServer.port(0).bindAddress(InetAddress.getLoopbackAddress()).hostName(hostName)
                .messageHandler((context, from, to, data) -> { });
    }

    public int port() {
        return server.getPortAllocated();
    }

    @Override
    public void close() {
        server.stop();
    }
}
