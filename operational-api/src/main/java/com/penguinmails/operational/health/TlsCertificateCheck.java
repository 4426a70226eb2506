package com.penguinmails.operational.health;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Judges the certificate an SMTP host presented after STARTTLS: failing when there is none, the chain is not trusted
 * or does not name the host, it has expired or is not yet valid, or fewer than {@link #FAILING_DAYS} days are left;
 * warning under {@link #WARNING_DAYS} days; ok otherwise. Days left are whole days, rounded down, until the leaf's
 * {@code notAfter}. Pure: the time is a parameter.
 */
public final class TlsCertificateCheck {

    /** Fewer days left than this is a warning (a renewal should have happened by now). */
    public static final int WARNING_DAYS = 21;
    /** Fewer days left than this is failing. */
    public static final int FAILING_DAYS = 7;

    private TlsCertificateCheck() {
    }

    /** Judges {@code session}'s certificate at {@code now}. */
    public static CheckResult evaluate(SmtpSession session, Instant now) {
        Map<String, Object> measured = new LinkedHashMap<>();
        if (session.certificates().isEmpty()) {
            String why = session.startTlsOffered() ? session.error().orElse("no certificate presented")
                    : "no STARTTLS offered, no certificate to check";
            return CheckResult.of(CheckStatus.FAILING, why, measured);
        }
        X509Certificate leaf = session.certificates().get(0);
        Instant notAfter = leaf.getNotAfter().toInstant();
        long daysLeft = Math.floorDiv(Duration.between(now, notAfter).getSeconds(), 86_400L);
        measured.put("subject", leaf.getSubjectX500Principal().getName());
        measured.put("issuer", leaf.getIssuerX500Principal().getName());
        measured.put("names", CertificateNames.of(leaf));
        measured.put("not_before", leaf.getNotBefore().toInstant().toString());
        measured.put("not_after", notAfter.toString());
        measured.put("days_left", daysLeft);
        measured.put("chain_length", session.certificates().size());
        measured.put("chain_problem", session.chainProblem().orElse(null));
        if (now.isAfter(notAfter)) {
            return CheckResult.of(CheckStatus.FAILING, "certificate expired at " + notAfter, measured);
        }
        if (now.isBefore(leaf.getNotBefore().toInstant())) {
            return CheckResult.of(CheckStatus.FAILING, "certificate not valid before " + leaf.getNotBefore().toInstant(),
                    measured);
        }
        if (session.chainProblem().isPresent()) {
            return CheckResult.of(CheckStatus.FAILING, session.chainProblem().get(), measured);
        }
        if (daysLeft < FAILING_DAYS) {
            return CheckResult.of(CheckStatus.FAILING, "certificate expires in " + daysLeft + " days", measured);
        }
        if (daysLeft < WARNING_DAYS) {
            return CheckResult.of(CheckStatus.WARNING, "certificate expires in " + daysLeft + " days", measured);
        }
        return CheckResult.of(CheckStatus.OK, "certificate valid for " + daysLeft + " more days", measured);
    }
}
