package com.penguinmails.operational.infrastructure;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * A server as the API shows it: money as a decimal string with its ISO 4217 currency; {@code last_error} is the
 * provider's last refusal or outage message (no credentials), null after progress.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServerView(String id, String workspaceId, String provider, String providerServerId, String name,
        String region, String plan, String status, String monthlyCost, String currency, int attempts,
        String lastError, Instant createdAt, Instant updatedAt, Instant activeAt, Instant deletedAt,
        List<ServerIpView> ips, List<SmtpHostView> smtpHosts) {

    static ServerView of(Server server, List<ServerIpView> ips, List<SmtpHostView> smtpHosts) {
        return new ServerView(server.id(), server.workspaceId(), server.provider(), server.providerServerId(),
                server.name(), server.region(), server.plan(), server.status().wireName(),
                server.monthlyCost().toPlainString(), server.currency(), server.attempts(), server.lastError(),
                server.createdAt(), server.updatedAt(), server.activeAt(), server.deletedAt(), ips, smtpHosts);
    }
}
