package com.penguinmails.ingestion.inbound;

import io.dropwizard.lifecycle.Managed;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.subethamail.smtp.server.SMTPServer;

/**
 * An SMTP server (SubEthaSMTP) that MTAs deliver bounces, delay notices, complaints and replies to, addressed to VERP
 * addresses of the configured bounce domains; each accepted mail is recorded by the {@link InboundMailRecorder}.
 * Started and stopped with the application.
 *
 * <p>Replies: RCPT TO other than a valid VERP address of a bounce domain, 550 5.1.1; a message over the size limit, 552
 * 5.3.4; a message the parser refuses, 554 5.6.0 with the reason; events that could not be stored, 451 4.3.0 (the MTA
 * retries later); otherwise 250 with the number of events recorded. A refused DATA also closes the connection.
 */
public final class BounceSmtpListener implements Managed {

    private final SMTPServer server;

    BounceSmtpListener(SmtpListenerFactory settings, InboundMailRecorder recorder, VerpAddresses verp) {
        Set<String> domains = settings.getBounceDomains().stream()
                .map(domain -> domain.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        long maxBytes = settings.getMaxMessageSize().toBytes();
        this.server = SMTPServer.port(settings.getPort())
                .bindAddress(bindAddress(settings.getBindHost()))
                .softwareName("PenguinMails inbound")
                .maxConnections(settings.getMaxConnections())
                .maxRecipients(settings.getMaxRecipients())
                .maxMessageSize((int) Math.min(Integer.MAX_VALUE, maxBytes))
                .connectionTimeout((int) settings.getConnectionTimeout().toMilliseconds(), TimeUnit.MILLISECONDS)
                .insertReceivedHeaders(false)
                .hostName(settings.getHostName())
                .messageHandlerFactory(context -> new BounceMessageHandler(domains, verp, recorder, maxBytes))
                .build();
    }

    @Override
    public void start() {
        server.start();
    }

    @Override
    public void stop() {
        server.stop();
    }

    /** The port it listens on: the one picked when configured with 0; -1 before it started. */
    public int port() {
        return server.isRunning() ? server.getPortAllocated() : -1;
    }

    private static InetAddress bindAddress(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("inbound.smtp.bindHost is not a known address: " + host, e);
        }
    }
}
