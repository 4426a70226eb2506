package com.penguinmails.traffic.senders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tenant's sending set-up: its sending domains and their mailboxes, its IPs, campaigns and the currency of its deals.
 *
 * <p>The first sending domain of a tenant with several domains is "burning": its block rate is {@code (n + 1) / 2}
 * times the average and the others' half of it, so the average over all domains stays at the base rate while the
 * dashboard has a domain in trouble to find.
 */
public final class Tenant {

    private static final String[] DOMAIN_PATTERNS = {"%s-mail.com", "get%s.io", "try%s.co", "%shq.net", "%s-team.com",
        "meet%s.io"};
    private static final String[] SENDER_NAMES = {"sam", "alex", "jordan", "taylor", "morgan", "casey", "riley", "jamie",
        "drew", "quinn"};
    private static final String[] IP_NETWORKS = {"203.0.113.", "198.51.100.", "192.0.2."};
    private static final String[] CURRENCIES = {"USD", "EUR", "GBP"};
    private static final String[] LINK_PATHS = {"/pricing", "/case-studies/logistics", "/book-a-demo",
        "/blog/cold-email-benchmarks"};

    private final String id;
    private final String brand;
    private final String workspaceId;
    private final List<String> sendingDomains;
    private final List<List<String>> mailboxes;
    private final List<String> sendingIps;
    private final double[] domainBlockMultipliers;
    private final List<Campaign> campaigns;
    private final String currency;

    private Tenant(String id, String brand, List<String> sendingDomains, List<List<String>> mailboxes,
            List<String> sendingIps, List<Campaign> campaigns, String currency) {
        this.id = id;
        this.brand = brand;
        this.workspaceId = "ws-" + brand;
        this.sendingDomains = sendingDomains;
        this.mailboxes = mailboxes;
        this.sendingIps = sendingIps;
        this.campaigns = campaigns;
        this.currency = currency;
        int domains = sendingDomains.size();
        this.domainBlockMultipliers = new double[domains];
        for (int d = 0; d < domains; d++) {
            domainBlockMultipliers[d] = domains == 1 ? 1.0 : d == 0 ? (domains + 1) / 2.0 : 0.5;
        }
    }

    /**
     * Builds tenant number {@code index} (0-based) with the given id and set-up sizes; everything else follows from
     * the id and index.
     */
    public static Tenant create(int index, String id, int campaignCount, int domainCount, int mailboxesPerDomain,
            int ipCount) {
        String brand = id.replaceFirst("^t-", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (brand.isEmpty()) {
            brand = "tenant" + index;
        }
        List<String> domains = new ArrayList<>();
        List<List<String>> mailboxes = new ArrayList<>();
        for (int d = 0; d < domainCount; d++) {
            String pattern = DOMAIN_PATTERNS[d % DOMAIN_PATTERNS.length];
            String domain = String.format(pattern, d < DOMAIN_PATTERNS.length ? brand : brand + (d / DOMAIN_PATTERNS.length));
            domains.add(domain);
            List<String> domainMailboxes = new ArrayList<>();
            for (int m = 0; m < mailboxesPerDomain; m++) {
                String name = SENDER_NAMES[m % SENDER_NAMES.length] + (m < SENDER_NAMES.length ? "" : m / SENDER_NAMES.length);
                domainMailboxes.add(name + "@" + domain);
            }
            mailboxes.add(List.copyOf(domainMailboxes));
        }
        List<String> ips = new ArrayList<>();
        for (int k = 0; k < ipCount; k++) {
            int n = index * ipCount + k;
            ips.add(IP_NETWORKS[(n / 200) % IP_NETWORKS.length] + (10 + n % 200));
        }
        List<Campaign> campaigns = new ArrayList<>();
        for (int c = 0; c < campaignCount; c++) {
            String campaignId = String.format("c-%s-%02d", brand, c + 1);
            int better = switch (c % 3) {
                case 1 -> 1;
                case 2 -> 0;
                default -> -1;
            };
            List<String> links = new ArrayList<>();
            for (int l = 0; l < 1 + (c + index) % 3; l++) {
                links.add("https://" + brand + ".example" + LINK_PATHS[(c + l) % LINK_PATHS.length] + "?utm_campaign="
                        + campaignId);
            }
            campaigns.add(new Campaign(campaignId, 2 + (c + index) % 3, better, List.copyOf(links)));
        }
        return new Tenant(id, brand, List.copyOf(domains), List.copyOf(mailboxes), List.copyOf(ips),
                List.copyOf(campaigns), CURRENCIES[index % CURRENCIES.length]);
    }

    public String id() {
        return id;
    }

    public String brand() {
        return brand;
    }

    public String workspaceId() {
        return workspaceId;
    }

    public List<String> sendingDomains() {
        return sendingDomains;
    }

    /** The sender addresses of sending domain {@code domain}. */
    public List<String> mailboxes(int domain) {
        return mailboxes.get(domain);
    }

    /** The IP that mailbox {@code mailbox} of sending domain {@code domain} sends from. */
    public String sendingIp(int domain, int mailbox) {
        return sendingIps.get((domain + mailbox) % sendingIps.size());
    }

    public List<String> sendingIps() {
        return sendingIps;
    }

    /** How much more (or less) than average mail from sending domain {@code domain} gets blocked. */
    public double blockMultiplier(int domain) {
        return domainBlockMultipliers[domain];
    }

    public List<Campaign> campaigns() {
        return campaigns;
    }

    /** ISO 4217 code of the tenant's deal values. */
    public String currency() {
        return currency;
    }
}
