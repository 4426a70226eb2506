package com.penguinmails.traffic.recipients;

import com.penguinmails.traffic.engagement.RequestOrigins;
import com.penguinmails.traffic.engagement.SecurityScanner;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One tenant's list of contacts: a fixed number of slots, each holding a contact whose attributes follow from the seed
 * alone, so the same seed always yields the same people. A contact who hard-bounced, unsubscribed or complained is
 * {@linkplain #replace replaced} by a new lead with a new id; the list keeps its size.
 */
public final class ContactDirectory {

    private static final String[] COMPANY_WORDS = {"north", "blue", "silver", "apex", "bright", "cedar", "harbor",
        "summit", "pine", "river", "stone", "iron", "maple", "lunar", "nova", "delta"};
    private static final String[] COMPANY_KINDS = {"logistics", "labs", "health", "capital", "foods", "systems", "media",
        "energy", "robotics", "legal", "retail", "works"};
    private static final String[] COMPANY_TLDS = {".com", ".io", ".co.uk", ".de"};
    private static final int COMPANIES_PER_PROVIDER = 64;
    private static final double APPLE_MAIL_SHARE_OF_ICLOUD = 0.9;
    private static final long SLOT_STRIDE = 0x632BE59BD9B4E019L;

    private final long seed;
    private final int size;
    private final MailboxProvider[] providers;
    private final double[] cumulativeShares;
    private final double appleMailShare;
    private final Contact[] contacts;
    private final int[] generations;

    /**
     * @param seed seed of this tenant's list
     * @param size number of contacts on the list, at least 1
     * @param providerMix share of each provider, need not sum to 1 (normalised); at least one positive share
     * @param appleMailShare share of recipients outside iCloud who read in Apple Mail with MPP
     */
    public ContactDirectory(long seed, int size, Map<MailboxProvider, Double> providerMix, double appleMailShare) {
        if (size < 1) {
            throw new IllegalArgumentException("A contact list needs at least one contact");
        }
        this.seed = seed;
        this.size = size;
        // Enum order, not the map's: a HashMap of enums iterates differently from one JVM run to the next.
        this.providers = Arrays.stream(MailboxProvider.values())
                .filter(provider -> providerMix.getOrDefault(provider, 0.0) > 0)
                .toArray(MailboxProvider[]::new);
        this.cumulativeShares = new double[providers.length];
        double total = Arrays.stream(providers).mapToDouble(providerMix::get).sum();
        if (providers.length == 0 || !(total > 0)) {
            throw new IllegalArgumentException("The provider mix needs at least one positive share");
        }
        double running = 0;
        for (int i = 0; i < providers.length; i++) {
            running += providerMix.get(providers[i]) / total;
            cumulativeShares[i] = running;
        }
        this.appleMailShare = appleMailShare;
        this.contacts = new Contact[size];
        this.generations = new int[size];
    }

    /** Number of slots on the list. */
    public int size() {
        return size;
    }

    /** The contact currently in {@code slot} (0-based), created on first use. */
    public Contact contact(int slot) {
        Contact contact = contacts[slot];
        if (contact == null) {
            contact = create(slot + (long) generations[slot] * size);
            contacts[slot] = contact;
        }
        return contact;
    }

    /** Replaces the contact in {@code slot} by a new lead, who gets the next unused contact id of the slot. */
    public void replace(int slot) {
        generations[slot]++;
        contacts[slot] = null;
    }

    private Contact create(long number) {
        SplittableRandom random = new SplittableRandom(new SplittableRandom(seed + number * SLOT_STRIDE).nextLong());
        MailboxProvider provider = pickProvider(random.nextDouble());
        boolean corporate = provider.consumerDomains().length == 0 || random.nextDouble() < provider.corporateShare();
        String domain = corporate
                ? companyDomain(provider, random.nextInt(COMPANIES_PER_PROVIDER))
                : provider.consumerDomains()[random.nextInt(provider.consumerDomains().length)];
        String mxHost = provider.mxHost(domain, corporate, random.nextInt(4));
        String timeZone = RecipientTimeZones.pick(provider.region(), random);
        MailClient client = pickClient(provider, random);
        SecurityScanner scanner = pickScanner(provider, corporate, random);
        double propensity = random.nextBoolean() ? 0.6 : 1.4;
        return new Contact(contactId(number), domain, provider, mxHost, corporate, timeZone, client,
                scanner, RequestOrigins.personIp(random), RequestOrigins.browser(random),
                RequestOrigins.mailClient(random), propensity);
    }

    /** {@code ct-} and the number, zero-padded to six digits. */
    private static String contactId(long number) {
        String digits = Long.toString(number);
        return digits.length() >= 6 ? "ct-" + digits : "ct-" + "000000".substring(digits.length()) + digits;
    }

    private MailboxProvider pickProvider(double r) {
        for (int i = 0; i < providers.length - 1; i++) {
            if (r < cumulativeShares[i]) {
                return providers[i];
            }
        }
        return providers[providers.length - 1];
    }

    private MailClient pickClient(MailboxProvider provider, SplittableRandom random) {
        double appleShare = provider == MailboxProvider.APPLE ? APPLE_MAIL_SHARE_OF_ICLOUD : appleMailShare;
        if (random.nextDouble() < appleShare) {
            return MailClient.APPLE_MAIL;
        }
        return random.nextDouble() < provider.webmailShare() ? MailClient.PROXIED_WEBMAIL : MailClient.DIRECT;
    }

    private static SecurityScanner pickScanner(MailboxProvider provider, boolean corporate, SplittableRandom random) {
        double r = random.nextDouble();
        return switch (provider) {
            case MIMECAST -> SecurityScanner.MIMECAST;
            case PROOFPOINT -> SecurityScanner.PROOFPOINT;
            case MICROSOFT -> corporate && r < 0.6 ? SecurityScanner.DEFENDER_SAFE_LINKS : null;
            case OTHER -> r < 0.3 ? SecurityScanner.BARRACUDA : null;
            default -> null;
        };
    }

    /** Company domains are unique per provider, so one company's mail always goes to the same provider and MX. */
    private static String companyDomain(MailboxProvider provider, int company) {
        int index = provider.ordinal() * COMPANIES_PER_PROVIDER + company;
        return COMPANY_WORDS[index % COMPANY_WORDS.length]
                + COMPANY_KINDS[(index / COMPANY_WORDS.length) % COMPANY_KINDS.length]
                + COMPANY_TLDS[(index / (COMPANY_WORDS.length * COMPANY_KINDS.length)) % COMPANY_TLDS.length];
    }
}
