package com.penguinmails.operational.health;

import java.time.Instant;
import java.util.Optional;

/**
 * One scheduled health check: a check kind on one target of a workspace, with what the target should look like.
 *
 * @param target an IP, {@code host:port} or a domain, by kind
 * @param expectedHost the PTR name wanted for an IP, or the SMTP host name for smtp / tls_certificate
 * @param connectIp smtp / tls_certificate: the address to connect to
 * @param port smtp / tls_certificate: the port
 * @param alertFiredAt when the open alert episode fired, if one is open
 */
public record HealthCheck(
        String id,
        String tenantId,
        String workspaceId,
        CheckKind kind,
        String target,
        Optional<String> expectedHost,
        Optional<String> connectIp,
        int port,
        Optional<Instant> alertFiredAt) {
}
