package com.penguinmails.traffic.recipients;

import java.util.EnumMap;
import java.util.Map;

/**
 * The mailbox providers recipients are spread over, each with its domains, MX hosts and behaviour profile.
 *
 * <p>The profile multipliers say how a provider differs from the average recipient (1.0): Microsoft blocks more,
 * Yahoo defers and reports complaints more, Google reports no per-message complaints, corporate gateways block on
 * policy and answer out-of-office more. They are normalised over the configured mix, so they shape the split between
 * providers without moving the overall rates.
 */
public enum MailboxProvider {
    GOOGLE(new String[] {"gmail.com", "googlemail.com"}, new String[] {"gmail-smtp-in.l.google.com"},
            0.45, Region.GLOBAL, 0.8, new Profile(1.0, 1.0, 0.8, 0.8, 1.05, 0.0, 0.9)),
    MICROSOFT(new String[] {"outlook.com", "hotmail.com", "live.com", "msn.com"},
            new String[] {"outlook-com.olc.protection.outlook.com"},
            0.7, Region.GLOBAL, 0.0, new Profile(1.0, 1.6, 1.0, 1.2, 0.95, 1.5, 1.4)),
    YAHOO(new String[] {"yahoo.com", "aol.com", "ymail.com"},
            new String[] {"mta5.am0.yahoodns.net", "mx-aol.mail.gm0.yahoodns.net", "mta6.am0.yahoodns.net"},
            0.0, Region.GLOBAL, 0.85, new Profile(1.3, 1.4, 1.2, 2.0, 0.9, 3.0, 0.5)),
    APPLE(new String[] {"icloud.com", "me.com", "mac.com"}, new String[] {"mx01.mail.icloud.com", "mx02.mail.icloud.com"},
            0.0, Region.GLOBAL, 0.0, new Profile(0.9, 0.6, 0.8, 0.8, 1.0, 0.5, 0.5)),
    PROTON(new String[] {"proton.me", "protonmail.com"}, new String[] {"mail.protonmail.ch", "mailsec.protonmail.ch"},
            0.0, Region.GLOBAL, 0.0, new Profile(0.8, 0.8, 0.8, 0.6, 1.0, 0.0, 0.5)),
    ZOHO(new String[] {"zohomail.com", "zoho.com"}, new String[] {"mx.zoho.com", "mx2.zoho.com"},
            0.5, Region.GLOBAL, 0.0, new Profile(1.0, 1.0, 1.0, 1.0, 1.0, 0.5, 1.0)),
    YANDEX(new String[] {"yandex.ru", "ya.ru", "yandex.com"}, new String[] {"mx.yandex.ru"},
            0.2, Region.RUSSIA, 0.0, new Profile(1.2, 1.2, 1.5, 1.2, 0.8, 2.0, 0.6)),
    MAIL_RU(new String[] {"mail.ru", "bk.ru", "inbox.ru", "list.ru"}, new String[] {"mxs.mail.ru"},
            0.0, Region.RUSSIA, 0.0, new Profile(1.5, 1.5, 1.5, 1.5, 0.7, 2.0, 0.5)),
    GMX(new String[] {"gmx.de", "gmx.net", "web.de"}, new String[] {"mx00.emig.gmx.net", "mx01.emig.gmx.net", "mx-ha03.web.de"},
            0.0, Region.DACH, 0.0, new Profile(1.2, 1.3, 1.3, 1.8, 0.9, 1.0, 0.8)),
    MIMECAST(new String[0], new String[] {"us-smtp-inbound-1.mimecast.com", "eu-smtp-inbound-1.mimecast.com"},
            1.0, Region.GLOBAL, 0.0, new Profile(0.8, 1.5, 0.8, 1.0, 1.0, 0.0, 1.6)),
    PROOFPOINT(new String[0], new String[] {"mx0a-00156401.pphosted.com", "mx0b-00282801.pphosted.com"},
            1.0, Region.GLOBAL, 0.0, new Profile(0.8, 1.5, 0.8, 1.0, 1.0, 0.0, 1.6)),
    OTHER(new String[0], new String[0], 1.0, Region.GLOBAL, 0.0, new Profile(2.0, 0.8, 1.2, 1.3, 1.0, 0.2, 1.3));

    /** Where a provider's users mostly live, which sets their time zones. */
    public enum Region { GLOBAL, DACH, RUSSIA }

    /**
     * How a provider's recipients differ from the average: multipliers of the hard-bounce, block, soft-bounce, deferral,
     * read, complaint and auto-reply rates.
     */
    public record Profile(double hardBounce, double block, double softBounce, double deferral, double read,
            double complaint, double autoReply) {
    }

    private final String[] consumerDomains;
    private final String[] mxHosts;
    private final double corporateShare;
    private final Region region;
    private final double webmailShare;
    private final Profile profile;

    MailboxProvider(String[] consumerDomains, String[] mxHosts, double corporateShare, Region region,
            double webmailShare, Profile profile) {
        this.consumerDomains = consumerDomains;
        this.mxHosts = mxHosts;
        this.corporateShare = corporateShare;
        this.region = region;
        this.webmailShare = webmailShare;
        this.profile = profile;
    }

    /** A B2B-heavy mix: Google and Microsoft dominate, corporate gateways make up about a fifth. Sums to 1. */
    public static Map<MailboxProvider, Double> defaultMix() {
        Map<MailboxProvider, Double> mix = new EnumMap<>(MailboxProvider.class);
        mix.put(GOOGLE, 0.34);
        mix.put(MICROSOFT, 0.30);
        mix.put(YAHOO, 0.05);
        mix.put(APPLE, 0.04);
        mix.put(PROTON, 0.01);
        mix.put(ZOHO, 0.02);
        mix.put(YANDEX, 0.015);
        mix.put(MAIL_RU, 0.01);
        mix.put(GMX, 0.025);
        mix.put(MIMECAST, 0.07);
        mix.put(PROOFPOINT, 0.06);
        mix.put(OTHER, 0.06);
        return mix;
    }

    /** Free-mail domains of this provider; empty for providers that only host company domains. */
    String[] consumerDomains() {
        return consumerDomains;
    }

    /** The share of this provider's recipients on a company domain (Google Workspace, Microsoft 365, gateways). */
    double corporateShare() {
        return corporateShare;
    }

    /** The share of non-Apple-Mail users who read in the provider's webmail or app, whose images go through a proxy. */
    double webmailShare() {
        return webmailShare;
    }

    Region region() {
        return region;
    }

    /** The behaviour multipliers of this provider's recipients. */
    public Profile profile() {
        return profile;
    }

    /** The MX host that receives mail for {@code domain} at this provider ({@code pick} chooses among equivalent hosts). */
    String mxHost(String domain, boolean corporate, int pick) {
        if (this == GOOGLE && corporate) {
            return "aspmx.l.google.com";
        }
        if (this == MICROSOFT && corporate) {
            return domain.replace('.', '-') + ".mail.protection.outlook.com";
        }
        if (this == ZOHO && corporate) {
            return "mx.zoho.eu";
        }
        if (this == YANDEX && corporate) {
            return "mx.yandex.net";
        }
        if (this == OTHER) {
            return (pick % 2 == 0 ? "mail." : "mx1.") + domain;
        }
        if (this == YAHOO) {
            return domain.equals("aol.com") ? mxHosts[1] : mxHosts[pick % 2 == 0 ? 0 : 2];
        }
        if (this == GMX) {
            return domain.equals("web.de") ? mxHosts[2] : mxHosts[pick % 2];
        }
        return mxHosts[pick % mxHosts.length];
    }
}
