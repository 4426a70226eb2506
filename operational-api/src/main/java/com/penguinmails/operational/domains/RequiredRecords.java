package com.penguinmails.operational.domains;

import java.util.ArrayList;
import java.util.List;

/** Works out the exact DNS records a sending domain needs. Pure: no I/O. */
public final class RequiredRecords {

    private final PlatformDns platform;

    public RequiredRecords(PlatformDns platform) {
        this.platform = platform;
    }

    /**
     * The records to publish for {@code domain}: SPF of the domain and of its bounce domain, one DKIM record per key
     * (the retiring ones not required), DMARC at the domain's stage, the bounce domain's MX and, when the domain has
     * one, the tracking domain's CNAME.
     */
    public List<DnsRecord> of(SendingDomain domain, List<DkimKey> keys) {
        List<DnsRecord> records = new ArrayList<>();
        records.add(txt(domain.name(), spfValue(), RecordPurpose.SPF, true));
        records.add(txt(domain.bounceDomain(), spfValue(), RecordPurpose.BOUNCE_SPF, true));
        for (DkimKey key : keys) {
            records.add(txt(key.selector() + "._domainkey." + domain.name(), dkimValue(key), RecordPurpose.DKIM,
                    key.active()));
        }
        records.add(txt("_dmarc." + domain.name(), dmarcValue(domain.dmarcStage()), RecordPurpose.DMARC, true));
        records.add(new DnsRecord("MX", domain.bounceDomain(),
                platform.bounceMxPriority() + " " + platform.bounceMxHost(), null, RecordPurpose.BOUNCE_MX,
                platform.ttl(), true));
        if (domain.trackingDomain() != null) {
            records.add(new DnsRecord("CNAME", domain.trackingDomain(), platform.trackingHost(), null,
                    RecordPurpose.TRACKING_CNAME, platform.ttl(), true));
        }
        return records;
    }

    /** {@code v=spf1 <ip4:/ip6: mechanisms> <include:> ~all}. */
    public String spfValue() {
        return "v=spf1 " + String.join(" ", platform.spfMechanisms()) + " ~all";
    }

    /** {@code v=DMARC1; p=<policy>[; pct=<n>]; rua=mailto:<address>}. */
    public String dmarcValue(DmarcStage stage) {
        return "v=DMARC1; p=" + stage.policy()
                + (stage.percent() == 100 ? "" : "; pct=" + stage.percent())
                + "; rua=mailto:" + platform.dmarcReportAddress();
    }

    /** {@code v=DKIM1; k=rsa; p=<public key>}. */
    public static String dkimValue(DkimKey key) {
        return "v=DKIM1; k=" + key.algorithm() + "; p=" + key.publicKey();
    }

    private DnsRecord txt(String name, String value, RecordPurpose purpose, boolean required) {
        return new DnsRecord("TXT", name, value, TxtStrings.split(value), purpose, platform.ttl(), required);
    }
}
