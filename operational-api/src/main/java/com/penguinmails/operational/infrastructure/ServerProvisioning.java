package com.penguinmails.operational.infrastructure;

import com.penguinmails.operational.infrastructure.provider.ProviderException;
import com.penguinmails.operational.infrastructure.provider.ProviderIp;
import com.penguinmails.operational.infrastructure.provider.ProviderServer;
import com.penguinmails.operational.infrastructure.provider.ServerOrder;
import com.penguinmails.operational.infrastructure.provider.ServerProvider;
import com.penguinmails.operational.notifications.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * The provisioning state machine: given a server row and the time, makes the provider calls of one step and decides
 * the next state. It stores nothing itself; the worker persists the returned {@link ProvisioningStep}.
 *
 * <p>The rule that prevents double provisioning: before the first create call the caller records that a create went
 * out ({@code beforeCreate}); from then on every step first looks the server up by its deterministic name and creates
 * again only when the provider has none by that name. A step that fails with an unknown outcome (5xx, timeout) is
 * tried again after the backoff of {@code backoff}; when its attempts run out the server is {@code failed} (a
 * decommissioning server keeps being retried at the longest wait). A definite refusal fails the server at once.
 */
public final class ServerProvisioning {

    private final ServerProvider provider;
    private final RetrySchedule backoff;
    private final Duration pollInterval;
    private final DoubleSupplier random;

    /**
     * @param backoff the waits after failed attempts, and how many attempts a step gets
     * @param pollInterval how soon a server being built is looked at again
     * @param random uniform numbers in [0, 1) that place the backoff jitter
     */
    public ServerProvisioning(ServerProvider provider, RetrySchedule backoff, Duration pollInterval,
            DoubleSupplier random) {
        this.provider = provider;
        this.backoff = backoff;
        this.pollInterval = pollInterval;
        this.random = random;
    }

    /**
     * Advances {@code server} by one step.
     *
     * @param beforeCreate called, and must have durably recorded the create, before a create call goes out
     */
    public ProvisioningStep advance(Server server, Instant now, Runnable beforeCreate) {
        try {
            return switch (server.status()) {
                case REQUESTED -> request(server, now, beforeCreate);
                case PROVISIONING -> build(server, server.providerServerId(), now);
                case DELETING -> decommission(server, now);
                default -> new ProvisioningStep(server.status(), server.providerServerId(), List.of(), 0, now, null);
            };
        } catch (ProviderException e) {
            return failed(server, e, now);
        }
    }

    private ProvisioningStep request(Server server, Instant now, Runnable beforeCreate) {
        if (server.createSentAt() != null) {
            Optional<ProviderServer> existing = provider.findByName(server.name());
            if (existing.isPresent()) {
                return build(server, existing.get().id(), now);
            }
        }
        beforeCreate.run();
        Optional<String> id = provider.create(new ServerOrder(server.name(), server.region(), server.plan()));
        return new ProvisioningStep(ServerStatus.PROVISIONING, id.orElse(null), List.of(), 0, now.plus(pollInterval),
                null);
    }

    private ProvisioningStep build(Server server, String knownId, Instant now) {
        String id = knownId;
        if (id == null) {
            Optional<ProviderServer> listed = provider.findByName(server.name());
            if (listed.isEmpty()) {
                // The order was accepted but the server is not listed yet: wait, counting it like an outage.
                return retryLater(server, ServerStatus.PROVISIONING, null, "ordered, not listed by the provider yet",
                        now);
            }
            id = listed.get().id();
        }
        ProviderServer found = provider.get(id);
        return switch (found.state()) {
            case ACTIVE -> {
                List<ProviderIp> ips = provider.ips(id);
                yield new ProvisioningStep(ServerStatus.ACTIVE, id, ips, 0, now, null);
            }
            case BUILDING -> new ProvisioningStep(ServerStatus.PROVISIONING, id, List.of(), 0, now.plus(pollInterval),
                    null);
            case FAILED -> new ProvisioningStep(ServerStatus.FAILED, id, List.of(), 0, now,
                    "the provider reports the build failed: " + found.detail());
        };
    }

    private ProvisioningStep decommission(Server server, Instant now) {
        String id = server.providerServerId();
        if (id == null && server.createSentAt() != null) {
            id = provider.findByName(server.name()).map(ProviderServer::id).orElse(null);
        }
        if (id != null) {
            try {
                provider.delete(id);
            } catch (ProviderException e) {
                if (e.kind() != ProviderException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return new ProvisioningStep(ServerStatus.DELETED, id, List.of(), 0, now, null);
    }

    private ProvisioningStep failed(Server server, ProviderException e, Instant now) {
        if (server.status() == ServerStatus.DELETING) {
            int attempts = server.attempts() + 1;
            Duration wait = backoff.delayAfter(attempts, random.getAsDouble()).orElse(backoff.maxDelay());
            return new ProvisioningStep(ServerStatus.DELETING, server.providerServerId(), List.of(), attempts,
                    now.plus(wait), e.getMessage());
        }
        if (!e.retryable()) {
            return new ProvisioningStep(ServerStatus.FAILED, server.providerServerId(), List.of(), server.attempts(),
                    now, e.getMessage());
        }
        ServerStatus stay = server.status() == ServerStatus.PROVISIONING ? ServerStatus.PROVISIONING
                : ServerStatus.REQUESTED;
        return retryLater(server, stay, server.providerServerId(), e.getMessage(), now);
    }

    private ProvisioningStep retryLater(Server server, ServerStatus stay, String providerServerId, String error,
            Instant now) {
        int attempts = server.attempts() + 1;
        Optional<Duration> wait = backoff.delayAfter(attempts, random.getAsDouble());
        if (wait.isEmpty()) {
            return new ProvisioningStep(ServerStatus.FAILED, providerServerId, List.of(), attempts, now,
                    "gave up after " + attempts + " attempts: " + error);
        }
        return new ProvisioningStep(stay, providerServerId, List.of(), attempts, now.plus(wait.get()), error);
    }
}
