package com.penguinmails.traffic;

import com.penguinmails.traffic.recipients.MailboxProvider;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that shapes generated traffic; {@link #defaults()} gives a realistic three-tenant set-up and the
 * {@code with*} methods change one setting each.
 *
 * @param seed the one source of randomness: the same settings always produce the same events
 * @param start simulated time of the first send
 * @param sendsPerSecond messages sent per second of simulated time, over all tenants (a Poisson process)
 * @param tenantIds the tenants, e.g. {@code t-acme}; the first sends the most (volume falls as 1/(i+1))
 * @param campaignsPerTenant campaigns per tenant; every third from the second on has a genuinely better variant B, every
 *     third from the third on a better variant A
 * @param sendingDomainsPerTenant sending domains per tenant (the first one has a reputation problem when there are several)
 * @param mailboxesPerDomain sender mailboxes per sending domain
 * @param ipsPerTenant sending IPs per tenant
 * @param contactsPerTenant contacts on each tenant's list (replaced one for one when they bounce hard, unsubscribe or
 *     complain)
 * @param providerMix share of recipients at each mailbox provider (normalised; providers left out get none)
 * @param appleMailShare share of recipients outside iCloud who read in Apple Mail with Mail Privacy Protection
 * @param rates average outcome rates
 */
public record TrafficSettings(
        long seed,
        Instant start,
        double sendsPerSecond,
        List<String> tenantIds,
        int campaignsPerTenant,
        int sendingDomainsPerTenant,
        int mailboxesPerDomain,
        int ipsPerTenant,
        int contactsPerTenant,
        Map<MailboxProvider, Double> providerMix,
        double appleMailShare,
        OutcomeRates rates) {

    /**
     * @throws IllegalArgumentException if a count is below 1, the send rate is not positive, there is no tenant, or
     *     the mix has no positive share
     */
    public TrafficSettings {
        if (!(sendsPerSecond > 0) || Double.isInfinite(sendsPerSecond)) {
            throw new IllegalArgumentException("sendsPerSecond must be positive, got " + sendsPerSecond);
        }
        if (tenantIds.isEmpty() || campaignsPerTenant < 1 || sendingDomainsPerTenant < 1 || mailboxesPerDomain < 1
                || ipsPerTenant < 1 || contactsPerTenant < 1) {
            throw new IllegalArgumentException("Tenants, campaigns, domains, mailboxes, IPs and contacts must be >= 1");
        }
        if (tenantIds.stream().distinct().count() != tenantIds.size()) {
            throw new IllegalArgumentException("Tenant ids must be unique: " + tenantIds);
        }
        if (providerMix.values().stream().noneMatch(share -> share > 0)) {
            throw new IllegalArgumentException("The provider mix needs at least one positive share");
        }
        if (!(appleMailShare >= 0 && appleMailShare <= 1)) {
            throw new IllegalArgumentException("appleMailShare must be within [0, 1]");
        }
        tenantIds = List.copyOf(tenantIds);
        providerMix = Map.copyOf(new EnumMap<>(providerMix));
    }

    /** Three tenants, 5 sends/s from 2026-11-02T08:00Z, 20,000 contacts each, a B2B provider mix, seed 42. */
    public static TrafficSettings defaults() {
        return new TrafficSettings(42L, Instant.parse("2026-11-02T08:00:00Z"), 5.0,
                List.of("t-acme", "t-globex", "t-initech"), 4, 3, 3, 2, 20_000, MailboxProvider.defaultMix(), 0.2,
                OutcomeRates.defaults());
    }

    public TrafficSettings withSeed(long newSeed) {
        return new TrafficSettings(newSeed, start, sendsPerSecond, tenantIds, campaignsPerTenant, sendingDomainsPerTenant,
                mailboxesPerDomain, ipsPerTenant, contactsPerTenant, providerMix, appleMailShare, rates);
    }

    public TrafficSettings withStart(Instant newStart) {
        return new TrafficSettings(seed, newStart, sendsPerSecond, tenantIds, campaignsPerTenant, sendingDomainsPerTenant,
                mailboxesPerDomain, ipsPerTenant, contactsPerTenant, providerMix, appleMailShare, rates);
    }

    public TrafficSettings withSendsPerSecond(double newSendsPerSecond) {
        return new TrafficSettings(seed, start, newSendsPerSecond, tenantIds, campaignsPerTenant, sendingDomainsPerTenant,
                mailboxesPerDomain, ipsPerTenant, contactsPerTenant, providerMix, appleMailShare, rates);
    }

    public TrafficSettings withTenantIds(List<String> newTenantIds) {
        return new TrafficSettings(seed, start, sendsPerSecond, newTenantIds, campaignsPerTenant, sendingDomainsPerTenant,
                mailboxesPerDomain, ipsPerTenant, contactsPerTenant, providerMix, appleMailShare, rates);
    }

    public TrafficSettings withCampaignsPerTenant(int newCampaignsPerTenant) {
        return new TrafficSettings(seed, start, sendsPerSecond, tenantIds, newCampaignsPerTenant, sendingDomainsPerTenant,
                mailboxesPerDomain, ipsPerTenant, contactsPerTenant, providerMix, appleMailShare, rates);
    }

    public TrafficSettings withSendingInfrastructure(int domainsPerTenant, int mailboxesPerSendingDomain, int ips) {
        return new TrafficSettings(seed, start, sendsPerSecond, tenantIds, campaignsPerTenant, domainsPerTenant,
                mailboxesPerSendingDomain, ips, contactsPerTenant, providerMix, appleMailShare, rates);
    }

    public TrafficSettings withContactsPerTenant(int newContactsPerTenant) {
        return new TrafficSettings(seed, start, sendsPerSecond, tenantIds, campaignsPerTenant, sendingDomainsPerTenant,
                mailboxesPerDomain, ipsPerTenant, newContactsPerTenant, providerMix, appleMailShare, rates);
    }

    public TrafficSettings withProviderMix(Map<MailboxProvider, Double> newProviderMix) {
        return new TrafficSettings(seed, start, sendsPerSecond, tenantIds, campaignsPerTenant, sendingDomainsPerTenant,
                mailboxesPerDomain, ipsPerTenant, contactsPerTenant, newProviderMix, appleMailShare, rates);
    }

    public TrafficSettings withAppleMailShare(double newAppleMailShare) {
        return new TrafficSettings(seed, start, sendsPerSecond, tenantIds, campaignsPerTenant, sendingDomainsPerTenant,
                mailboxesPerDomain, ipsPerTenant, contactsPerTenant, providerMix, newAppleMailShare, rates);
    }

    public TrafficSettings withRates(OutcomeRates newRates) {
        return new TrafficSettings(seed, start, sendsPerSecond, tenantIds, campaignsPerTenant, sendingDomainsPerTenant,
                mailboxesPerDomain, ipsPerTenant, contactsPerTenant, providerMix, appleMailShare, newRates);
    }
}
