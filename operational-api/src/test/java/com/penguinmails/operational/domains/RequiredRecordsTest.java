package com.penguinmails.operational.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredRecordsTest {

    static final PlatformDns PLATFORM = new PlatformDns("_spf.penguinmails.io", List.of(),
            "dmarc@reports.penguinmails.io", "mx.penguinmails.io", 10, "track.penguinmails.io", "bounces", 3600);
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String PUBLIC_KEY = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "x".repeat(348);

    private static SendingDomain domain(String trackingDomain, DmarcStage stage) {
        return new SendingDomain("dom_1", "t-1", "ws-1", "send.acme.io", "bounces.send.acme.io", trackingDomain,
                stage, "pending", NOW, null, null, null);
    }

    private static DkimKey key(String selector, boolean active) {
        return new DkimKey("dom_1", selector, "rsa", 2048, PUBLIC_KEY, new byte[0], active, NOW);
    }

    @Test
    void listsTheExactRecordsToPublish() {
        List<DnsRecord> records = new RequiredRecords(PLATFORM)
                .of(domain("track.send.acme.io", DmarcStage.NONE), List.of(key("pm202611", true)));

        assertThat(records).extracting(DnsRecord::type, DnsRecord::name, DnsRecord::value, DnsRecord::purpose)
                .containsExactly(
                        tuple("TXT", "send.acme.io", "v=spf1 include:_spf.penguinmails.io ~all", RecordPurpose.SPF),
                        tuple("TXT", "bounces.send.acme.io", "v=spf1 include:_spf.penguinmails.io ~all",
                                RecordPurpose.BOUNCE_SPF),
                        tuple("TXT", "pm202611._domainkey.send.acme.io", "v=DKIM1; k=rsa; p=" + PUBLIC_KEY,
                                RecordPurpose.DKIM),
                        tuple("TXT", "_dmarc.send.acme.io", "v=DMARC1; p=none; rua=mailto:dmarc@reports.penguinmails.io",
                                RecordPurpose.DMARC),
                        tuple("MX", "bounces.send.acme.io", "10 mx.penguinmails.io", RecordPurpose.BOUNCE_MX),
                        tuple("CNAME", "track.send.acme.io", "track.penguinmails.io", RecordPurpose.TRACKING_CNAME));
        assertThat(records).allSatisfy(record -> {
            assertThat(record.ttl()).isEqualTo(3600);
            assertThat(record.required()).isTrue();
        });
    }

    @Test
    void splitsTheDkimRecordInto255ByteStrings() {
        DnsRecord dkim = new RequiredRecords(PLATFORM).of(domain(null, DmarcStage.NONE), List.of(key("s", true)))
                .stream().filter(record -> record.purpose() == RecordPurpose.DKIM).findFirst().orElseThrow();

        assertThat(dkim.characterStrings()).hasSize(2);
        assertThat(dkim.characterStrings().get(0)).hasSize(255);
        assertThat(String.join("", dkim.characterStrings())).isEqualTo(dkim.value());
    }

    @Test
    void leavesOutTheTrackingCnameWithoutATrackingDomainAndListsRetiringKeysAsOptional() {
        List<DnsRecord> records = new RequiredRecords(PLATFORM)
                .of(domain(null, DmarcStage.NONE), List.of(key("pm202612", true), key("pm202611", false)));

        assertThat(records).noneMatch(record -> record.purpose() == RecordPurpose.TRACKING_CNAME);
        assertThat(records).filteredOn(record -> record.purpose() == RecordPurpose.DKIM)
                .extracting(DnsRecord::name, DnsRecord::required)
                .containsExactly(tuple("pm202612._domainkey.send.acme.io", true),
                        tuple("pm202611._domainkey.send.acme.io", false));
    }

    @Test
    void writesDmarcForEachStage() {
        RequiredRecords records = new RequiredRecords(PLATFORM);

        assertThat(records.dmarcValue(DmarcStage.QUARANTINE_25))
                .isEqualTo("v=DMARC1; p=quarantine; pct=25; rua=mailto:dmarc@reports.penguinmails.io");
        assertThat(records.dmarcValue(DmarcStage.QUARANTINE_100))
                .isEqualTo("v=DMARC1; p=quarantine; rua=mailto:dmarc@reports.penguinmails.io");
        assertThat(records.dmarcValue(DmarcStage.REJECT))
                .isEqualTo("v=DMARC1; p=reject; rua=mailto:dmarc@reports.penguinmails.io");
        assertThat(DmarcStage.NONE.next()).isEqualTo(DmarcStage.QUARANTINE_25);
        assertThat(DmarcStage.REJECT.next()).isEqualTo(DmarcStage.REJECT);
    }

    @Test
    void listsDedicatedSendingIpsBeforeTheInclude() {
        PlatformDns platform = new PlatformDns("_spf.penguinmails.io", List.of("203.0.113.7", "2001:db8::/32"),
                "d@p.io", "mx.p.io", 10, "t.p.io", "bounces", 300);

        assertThat(new RequiredRecords(platform).spfValue())
                .isEqualTo("v=spf1 ip4:203.0.113.7 ip6:2001:db8::/32 include:_spf.penguinmails.io ~all");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
