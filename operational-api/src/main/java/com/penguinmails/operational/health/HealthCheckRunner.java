package com.penguinmails.operational.health;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Runs one health check against its target with the checker of its kind. Network I/O; never throws for it. */
public final class HealthCheckRunner {

    private final SmtpProbe smtp;
    private final ReverseDnsCheck reverseDns;
    private final DnsblCheck dnsbl;
    private final Clock clock;

    public HealthCheckRunner(SmtpProbe smtp, ReverseDnsCheck reverseDns, DnsblCheck dnsbl, Clock clock) {
        this.smtp = smtp;
        this.reverseDns = reverseDns;
        this.dnsbl = dnsbl;
        this.clock = clock;
    }

    /** Runs {@code check} now. */
    public CheckResult run(HealthCheck check) {
        return switch (check.kind()) {
            case SMTP -> {
                if (check.connectIp().isEmpty()) {
                    yield noAddress(check);
                }
                SmtpSession session = smtp.probe(check.connectIp().get(), check.port(), hostName(check));
                yield SmtpCheck.evaluate(session, reverseDns.ptrNames(check.connectIp().get()));
            }
            case TLS_CERTIFICATE -> {
                if (check.connectIp().isEmpty()) {
                    yield noAddress(check);
                }
                yield TlsCertificateCheck.evaluate(
                        smtp.probe(check.connectIp().get(), check.port(), hostName(check)), clock.instant());
            }
            case REVERSE_DNS -> reverseDns.check(check.target(), check.expectedHost());
            case DNSBL_IP -> dnsbl.checkIp(check.target());
            case DNSBL_DOMAIN -> dnsbl.checkDomain(check.target());
        };
    }

    private static String hostName(HealthCheck check) {
        return check.expectedHost().orElse(check.target().substring(0, check.target().lastIndexOf(':')));
    }

    private static CheckResult noAddress(HealthCheck check) {
        return CheckResult.of(CheckStatus.UNKNOWN, "the server of " + check.target() + " has no IP address yet",
                Map.of("ptr_names", List.of()));
    }
}
