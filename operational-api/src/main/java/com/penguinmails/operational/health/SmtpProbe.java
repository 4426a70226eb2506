package com.penguinmails.operational.health;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509TrustManager;

/**
 * Talks SMTP to a host the way a sending MTA would, without sending mail: reads the greeting, says EHLO, and when
 * STARTTLS is offered upgrades the connection with the JDK's TLS and keeps the certificate chain. The chain is
 * accepted for the handshake whatever it is (so an expired or self-signed certificate can still be measured) and
 * judged afterwards against the trust manager and the host name. Every read and connect is bounded by the timeout.
 */
public final class SmtpProbe {

    private final Duration timeout;
    private final String heloName;
    private final X509TrustManager trust;

    /**
     * @param timeout the longest a connect or any single reply may take
     * @param heloName the name announced in EHLO
     * @param trust what a valid chain must lead to (the JDK's default trust store in production)
     */
    public SmtpProbe(Duration timeout, String heloName, X509TrustManager trust) {
        this.timeout = timeout;
        this.heloName = heloName;
        this.trust = trust;
    }

    /**
     * Probes {@code address:port} as the host {@code hostName} (sent as TLS SNI, and the name the certificate must
     * carry); never throws for network or protocol trouble (that is in the session's error).
     */
    public SmtpSession probe(String address, int port, String hostName) {
        Attempt attempt = new Attempt();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            attempt.connected = true;
            converse(socket, hostName, port, attempt);
        } catch (IOException e) {
            attempt.error = Optional.of(attempt.step + " failed: " + describe(e));
        }
        return new SmtpSession(attempt.connected, attempt.bannerCode, attempt.banner, attempt.capabilities,
                attempt.startTlsOffered, attempt.tlsProtocol, attempt.certificates, attempt.chainProblem,
                attempt.error);
    }

    private void converse(Socket socket, String host, int port, Attempt attempt) throws IOException {
        BufferedReader in = reader(socket);
        OutputStream out = socket.getOutputStream();
        attempt.step = "banner";
        Reply greeting = Reply.read(in);
        attempt.bannerCode = greeting.code;
        attempt.banner = greeting.lines.get(0);
        if (greeting.code != 220) {
            attempt.error = Optional.of("greeting was " + greeting.code + " " + attempt.banner);
            return;
        }
        attempt.step = "EHLO";
        Reply ehlo = command(out, in, "EHLO " + heloName);
        if (ehlo.code != 250) {
            attempt.error = Optional.of("EHLO answered " + ehlo.code + " " + ehlo.lines.get(0));
            return;
        }
        attempt.capabilities = ehlo.lines.subList(1, ehlo.lines.size()).stream().map(SmtpProbe::capability).toList();
        attempt.startTlsOffered = attempt.capabilities.stream().anyMatch(line -> line.equals("STARTTLS"));
        if (!attempt.startTlsOffered) {
            quit(out, in);
            return;
        }
        attempt.step = "STARTTLS";
        Reply ready = command(out, in, "STARTTLS");
        if (ready.code != 220) {
            attempt.error = Optional.of("STARTTLS answered " + ready.code + " " + ready.lines.get(0));
            return;
        }
        attempt.step = "TLS handshake";
        CapturingTrustManager capture = new CapturingTrustManager();
        SSLSocket tls;
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new X509TrustManager[] {capture}, null);
            tls = (SSLSocket) context.getSocketFactory().createSocket(socket, host, port, true);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
        tls.setSoTimeout((int) timeout.toMillis());
        tls.startHandshake();
        attempt.tlsProtocol = Optional.of(tls.getSession().getProtocol());
        attempt.certificates = capture.chain;
        attempt.chainProblem = judge(capture.chain, capture.authType, host);
        attempt.step = "EHLO after STARTTLS";
        BufferedReader tlsIn = reader(tls);
        Reply again = command(tls.getOutputStream(), tlsIn, "EHLO " + heloName);
        if (again.code != 250) {
            attempt.error = Optional.of("EHLO after STARTTLS answered " + again.code);
            return;
        }
        quit(tls.getOutputStream(), tlsIn);
    }

    private Optional<String> judge(List<X509Certificate> chain, String authType, String host) {
        if (chain.isEmpty()) {
            return Optional.of("no certificate presented");
        }
        try {
            trust.checkServerTrusted(chain.toArray(X509Certificate[]::new), authType);
        } catch (CertificateException e) {
            return Optional.of("chain not trusted: " + describe(e));
        }
        if (!CertificateNames.matches(chain.get(0), host)) {
            return Optional.of("certificate does not name " + host);
        }
        return Optional.empty();
    }

    private static void quit(OutputStream out, BufferedReader in) {
        try {
            command(out, in, "QUIT");
        } catch (IOException ignored) {
            // The server may close at once; what mattered was measured already.
        }
    }

    private static Reply command(OutputStream out, BufferedReader in, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return Reply.read(in);
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }

    private static String capability(String line) {
        String[] parts = line.strip().split("\\s+", 2);
        return parts[0].toUpperCase(Locale.ROOT) + (parts.length > 1 ? " " + parts[1] : "");
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** One SMTP reply: its code and the text of each line. */
    private record Reply(int code, List<String> lines) {

        static Reply read(BufferedReader in) throws IOException {
            List<String> lines = new ArrayList<>();
            int code = 0;
            while (true) {
                String line = in.readLine();
                if (line == null) {
                    throw new IOException("connection closed by the server");
                }
                if (line.length() < 3) {
                    throw new IOException("not an SMTP reply: " + line);
                }
                try {
                    code = Integer.parseInt(line.substring(0, 3));
                } catch (NumberFormatException e) {
                    throw new IOException("not an SMTP reply: " + line);
                }
                lines.add(line.length() > 4 ? line.substring(4) : "");
                if (line.length() == 3 || line.charAt(3) == ' ') {
                    return new Reply(code, lines);
                }
            }
        }
    }

    /** Accepts any chain during the handshake and keeps it, so the certificate can be judged and measured after. */
    private static final class CapturingTrustManager implements X509TrustManager {

        private List<X509Certificate> chain = List.of();
        private String authType = "RSA";

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType) {
            throw new UnsupportedOperationException("client side only");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType) {
            this.chain = Arrays.asList(certificates.clone());
            this.authType = authType;
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** What one probe has found so far. */
    private static final class Attempt {
        private String step = "connect";
        private boolean connected;
        private int bannerCode;
        private String banner = "";
        private List<String> capabilities = List.of();
        private boolean startTlsOffered;
        private Optional<String> tlsProtocol = Optional.empty();
        private List<X509Certificate> certificates = List.of();
        private Optional<String> chainProblem = Optional.empty();
        private Optional<String> error = Optional.empty();
    }
}
