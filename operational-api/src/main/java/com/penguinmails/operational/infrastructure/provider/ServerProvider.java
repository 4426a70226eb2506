package com.penguinmails.operational.infrastructure.provider;

import java.util.List;
import java.util.Optional;

/**
 * A VPS provider the platform orders sending servers from (Hostwinds first). Calls are plain remote calls: the
 * provisioning worker around them retries, backs off and keeps the idempotency rules (INFRASTRUCTURE.md).
 *
 * <p>Every method throws {@link ProviderException}: {@link ProviderException.Kind#UNAVAILABLE} (5xx, a timeout, a
 * broken connection: the outcome is unknown and the call may be retried), or a definite refusal
 * ({@link ProviderException.Kind#INVALID_REQUEST}, {@link ProviderException.Kind#REJECTED},
 * {@link ProviderException.Kind#NOT_FOUND}) that retrying will not change.
 */
public interface ServerProvider {

    /** The provider's name as stored in {@code servers.provider}, e.g. {@code hostwinds}. */
    String name();

    /** Whether the provider can build plan {@code plan} in region {@code region} (both platform names). */
    boolean offers(String region, String plan);

    /**
     * Orders a new server named {@code order.name()}. The provider may only queue the order: the server then shows up
     * under its name in {@link #findByName} once it exists.
     *
     * @return the provider's id of the new server when the answer carries one, else empty
     */
    Optional<String> create(ServerOrder order);

    /** The server whose name (label) is {@code name}, if the provider has one. */
    Optional<ProviderServer> findByName(String name);

    /** The server with the provider's id {@code providerServerId}. */
    ProviderServer get(String providerServerId);

    /** The IP addresses of the server. */
    List<ProviderIp> ips(String providerServerId);

    /** Sets the reverse DNS (PTR) name of one of the server's addresses. */
    void setReverseDns(String providerServerId, String ip, String hostname);

    /** Deletes (terminates) the server for good. */
    void delete(String providerServerId);
}
