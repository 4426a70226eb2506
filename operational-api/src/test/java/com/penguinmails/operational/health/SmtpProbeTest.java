package com.penguinmails.operational.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SMTP probe and the SMTP and certificate checks against real SMTP servers on loopback. */
class SmtpProbeTest {

    private static final String HOST = "mail.test.example";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aServerWithStartTlsAndAFreshTrustedCertificateIsOk() {
        TestCertificates certificate = TestCertificates.selfSigned(HOST, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(60)));
        try (TestSmtpServer server = TestSmtpServer.withStartTls(HOST, certificate.serverContext())) {
            SmtpSession session = probe(certificate).probe("127.0.0.1", server.port(), HOST);

            assertThat(session.bannerCode()).isEqualTo(220);
            assertThat(session.bannerHost()).contains(HOST);
            assertThat(session.startTlsOffered()).isTrue();
            assertThat(session.tlsProtocol()).isPresent();
            assertThat(session.chainProblem()).isEmpty();
            CheckResult smtp = SmtpCheck.evaluate(session, List.of(HOST));
            assertThat(smtp.status()).as(smtp.detail()).isEqualTo(CheckStatus.OK);
            CheckResult tls = TlsCertificateCheck.evaluate(session, NOW);
            assertThat(tls.status()).as(tls.detail()).isEqualTo(CheckStatus.OK);
            assertThat(tls.measured()).containsEntry("days_left", 60L).containsEntry("names", List.of(HOST));
        }
    }

    @Test
    void aCertificateNearExpiryWarnsUnder21DaysAndFailsUnder7() {
        TestCertificates soon = TestCertificates.selfSigned(HOST, NOW.minus(Duration.ofDays(80)),
                NOW.plus(Duration.ofDays(10)).plusSeconds(60));
        try (TestSmtpServer server = TestSmtpServer.withStartTls(HOST, soon.serverContext())) {
            SmtpSession session = probe(soon).probe("127.0.0.1", server.port(), HOST);

            CheckResult tenDays = TlsCertificateCheck.evaluate(session, NOW);
            assertThat(tenDays.status()).isEqualTo(CheckStatus.WARNING);
            assertThat(tenDays.measured()).containsEntry("days_left", 10L);
            assertThat(TlsCertificateCheck.evaluate(session, NOW.plus(Duration.ofDays(4))).status())
                    .isEqualTo(CheckStatus.FAILING);
            assertThat(TlsCertificateCheck.evaluate(session, NOW.plus(Duration.ofDays(11))).detail())
                    .startsWith("certificate expired at");
        }
    }

    @Test
    void anUntrustedChainOrAnotherHostsCertificateFails() {
        TestCertificates certificate = TestCertificates.selfSigned(HOST, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(60)));
        try (TestSmtpServer server = TestSmtpServer.withStartTls(HOST, certificate.serverContext())) {
            SmtpSession untrusted = new SmtpProbe(Duration.ofSeconds(5), "probe.test", HealthFeature.defaultTrust())
                    .probe("127.0.0.1", server.port(), HOST);
            CheckResult result = TlsCertificateCheck.evaluate(untrusted, NOW);
            assertThat(result.status()).isEqualTo(CheckStatus.FAILING);
            assertThat(result.detail()).startsWith("chain not trusted");
            // The SMTP side is still fine: the certificate is the other check's business.
            assertThat(SmtpCheck.evaluate(untrusted, List.of(HOST)).status()).isEqualTo(CheckStatus.OK);

            SmtpSession otherName = probe(certificate).probe("127.0.0.1", server.port(), "smtp.other.example");
            assertThat(TlsCertificateCheck.evaluate(otherName, NOW).detail())
                    .isEqualTo("certificate does not name smtp.other.example");
        }
    }

    @Test
    void noStartTlsFailsBothChecks() {
        try (TestSmtpServer server = TestSmtpServer.plain(HOST)) {
            SmtpSession session = probe(null).probe("127.0.0.1", server.port(), HOST);

            assertThat(session.startTlsOffered()).isFalse();
            assertThat(session.ehloCapabilities()).isNotEmpty();
            assertThat(SmtpCheck.evaluate(session, List.of(HOST)).detail()).isEqualTo("no STARTTLS offered after EHLO");
            assertThat(TlsCertificateCheck.evaluate(session, NOW).status()).isEqualTo(CheckStatus.FAILING);
        }
    }

    @Test
    void aBannerNamingAnotherHostThanThePtrWarns() {
        TestCertificates certificate = TestCertificates.selfSigned(HOST, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(60)));
        try (TestSmtpServer server = TestSmtpServer.withStartTls("localhost.localdomain",
                certificate.serverContext())) {
            CheckResult result = SmtpCheck.evaluate(probe(certificate).probe("127.0.0.1", server.port(), HOST),
                    List.of(HOST));
            assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
            assertThat(result.detail()).contains("localhost.localdomain").contains(HOST);
        }
    }

    @Test
    void aClosedPortAndASilentServerFailWithinTheTimeout() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        CheckResult refused = SmtpCheck.evaluate(probe(null).probe("127.0.0.1", closed, HOST), List.of());
        assertThat(refused.status()).isEqualTo(CheckStatus.FAILING);
        assertThat(refused.detail()).startsWith("cannot connect");

        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(5_000);
                } catch (IOException | InterruptedException e) {
                    // closed by the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            SmtpSession session = new SmtpProbe(Duration.ofMillis(300), "probe.test", HealthFeature.defaultTrust())
                    .probe("127.0.0.1", silent.getLocalPort(), HOST);
            assertThat(session.connected()).isTrue();
            assertThat(session.error()).hasValueSatisfying(error -> assertThat(error).startsWith("banner failed"));
            assertThat(SmtpCheck.evaluate(session, List.of()).status()).isEqualTo(CheckStatus.FAILING);
        }
    }

    private static SmtpProbe probe(TestCertificates trusted) {
        return new SmtpProbe(Duration.ofSeconds(5), "probe.test",
                trusted == null ? HealthFeature.defaultTrust() : trusted.trust());
    }
}
