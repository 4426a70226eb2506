package com.penguinmails.operational.infrastructure.provider;

/**
 * What to order from a provider.
 *
 * @param name the server's name (label) at the provider, deterministic per provisioning request, so a lost answer
 *     can be found again with {@link ServerProvider#findByName}
 * @param region the platform's region name, mapped to the provider's location by the provider client
 * @param plan the platform's plan name, mapped to the provider's product by the provider client
 */
public record ServerOrder(String name, String region, String plan) {
}
