package com.penguinmails.operational.infrastructure;

import com.penguinmails.operational.infrastructure.provider.ProviderIp;
import java.time.Instant;
import java.util.List;

/**
 * What one provisioning step decided for a server: its next status and bookkeeping.
 *
 * @param status the status to store
 * @param providerServerId the provider's id when learned (or already known), else null
 * @param ips the addresses to record (only when the server just became active), else empty
 * @param attempts failed attempts of the current step after this one (0 after progress)
 * @param nextAttemptAt when the worker should look at the server again
 * @param lastError the provider error of this step, or null after progress
 */
public record ProvisioningStep(ServerStatus status, String providerServerId, List<ProviderIp> ips, int attempts,
        Instant nextAttemptAt, String lastError) {

    public ProvisioningStep {
        ips = List.copyOf(ips);
    }
}
