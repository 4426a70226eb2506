package com.penguinmails.operational.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges an SMTP session: failing when the host cannot be reached, does not greet with 220, refuses EHLO, offers no
 * STARTTLS or cannot complete the TLS handshake; warning when the greeting's host name is not the name the IP's PTR
 * points to (receivers compare them); ok otherwise. Pure.
 */
public final class SmtpCheck {

    private SmtpCheck() {
    }

    /**
     * @param session what the probe saw
     * @param ptrNames the PTR names of the host's IP (empty when unknown: the name comparison is then skipped)
     */
    public static CheckResult evaluate(SmtpSession session, List<String> ptrNames) {
        Map<String, Object> measured = new LinkedHashMap<>();
        measured.put("connected", session.connected());
        measured.put("banner_code", session.bannerCode());
        measured.put("banner", session.banner());
        measured.put("banner_host", session.bannerHost().orElse(null));
        measured.put("ptr_names", ptrNames);
        measured.put("starttls_offered", session.startTlsOffered());
        measured.put("tls_protocol", session.tlsProtocol().orElse(null));
        measured.put("capabilities", session.ehloCapabilities());
        if (!session.connected()) {
            return CheckResult.of(CheckStatus.FAILING, "cannot connect: " + session.error().orElse(""), measured);
        }
        if (session.bannerCode() != 220) {
            return CheckResult.of(CheckStatus.FAILING, session.error().orElse("no 220 greeting"), measured);
        }
        if (session.error().isPresent() && !session.startTlsOffered()) {
            return CheckResult.of(CheckStatus.FAILING, session.error().get(), measured);
        }
        if (!session.startTlsOffered()) {
            return CheckResult.of(CheckStatus.FAILING, "no STARTTLS offered after EHLO", measured);
        }
        if (session.tlsProtocol().isEmpty() || session.error().isPresent()) {
            return CheckResult.of(CheckStatus.FAILING, session.error().orElse("STARTTLS did not complete"), measured);
        }
        String bannerHost = session.bannerHost().orElse("");
        if (!ptrNames.isEmpty() && !ptrNames.contains(bannerHost)) {
            return CheckResult.of(CheckStatus.WARNING, "greeting names " + bannerHost + " but the IP's PTR is "
                    + String.join(", ", ptrNames), measured);
        }
        return CheckResult.of(CheckStatus.OK, "greets as " + bannerHost + ", STARTTLS with "
                + session.tlsProtocol().get(), measured);
    }
}
