package com.penguinmails.operational.health;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * What an {@link SmtpProbe} saw on one connection to an SMTP host.
 *
 * @param connected whether the TCP connection opened
 * @param bannerCode the greeting's reply code (220 expected), 0 when none came
 * @param banner the greeting's text (first line, after the code), empty when none came
 * @param ehloCapabilities the EHLO reply's extension lines (e.g. {@code STARTTLS}, {@code SIZE 1000}), upper-cased
 *     keywords, empty when EHLO failed
 * @param startTlsOffered whether EHLO listed STARTTLS
 * @param tlsProtocol the negotiated protocol (e.g. {@code TLSv1.3}) when the handshake succeeded, else empty
 * @param certificates the chain the server presented, leaf first (empty without a handshake)
 * @param chainProblem why the chain is not trusted for the host name, if it is not (empty when trusted)
 * @param error the step that failed and why (connect, banner, EHLO, STARTTLS, handshake), empty when all went well
 */
public record SmtpSession(
        boolean connected,
        int bannerCode,
        String banner,
        List<String> ehloCapabilities,
        boolean startTlsOffered,
        Optional<String> tlsProtocol,
        List<X509Certificate> certificates,
        Optional<String> chainProblem,
        Optional<String> error) {

    public SmtpSession {
        ehloCapabilities = List.copyOf(ehloCapabilities);
        certificates = List.copyOf(certificates);
    }

    /** The host name the greeting announces: its first word, lower case; empty without a greeting. */
    public Optional<String> bannerHost() {
        String text = banner.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String first = text.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return Optional.of(first.endsWith(".") ? first.substring(0, first.length() - 1) : first);
    }
}
