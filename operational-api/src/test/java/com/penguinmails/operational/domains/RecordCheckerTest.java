package com.penguinmails.operational.domains;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.operational.dns.DnsAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCheckerTest {

    private static final RecordChecker CHECKER = new RecordChecker(RequiredRecordsTest.PLATFORM);
    private static final String SPF = "v=spf1 include:_spf.penguinmails.io ~all";
    private static final String DMARC = "v=DMARC1; p=none; rua=mailto:dmarc@reports.penguinmails.io";

    private static RecordCheck check(RecordPurpose purpose, String type, String expected, DmarcStage stage,
            String... seen) {
        DnsRecord record = new DnsRecord(type, "send.acme.io", expected, null, purpose, 3600, true);
        return CHECKER.check(record, DnsAnswer.records(List.of(seen)), stage);
    }

    private static RecordCheck spf(String... seen) {
        return check(RecordPurpose.SPF, "TXT", SPF, DmarcStage.NONE, seen);
    }

    private static RecordCheck dmarc(DmarcStage stage, String... seen) {
        return check(RecordPurpose.DMARC, "TXT", DMARC, stage, seen);
    }

    @Test
    void findsSpfWithOurIncludeAmongTheCustomersOwnMechanisms() {
        assertThat(spf(SPF).status()).isEqualTo(RecordStatus.FOUND);
        assertThat(spf("google-site-verification=abc", "v=spf1 include:_spf.google.com +include:_spf.penguinmails.io -all")
                .status()).isEqualTo(RecordStatus.FOUND);
    }

    @Test
    void reportsSpfWithoutOurIncludeAsWrongWithWhatWasSeen() {
        RecordCheck check = spf("v=spf1 include:_spf.google.com ~all");

        assertThat(check.status()).isEqualTo(RecordStatus.WRONG);
        assertThat(check.seen()).containsExactly("v=spf1 include:_spf.google.com ~all");
        assertThat(check.detail()).contains("lacks include:_spf.penguinmails.io");
    }

    @Test
    void reportsTwoSpfRecordsAsWrong() {
        RecordCheck check = spf(SPF, "v=spf1 include:_spf.google.com ~all");

        assertThat(check.status()).isEqualTo(RecordStatus.WRONG);
        assertThat(check.detail()).startsWith("2 SPF records");
    }

    @Test
    void reportsPlusAllAsWrong() {
        assertThat(spf("v=spf1 include:_spf.penguinmails.io +all").status()).isEqualTo(RecordStatus.WRONG);
    }

    @Test
    void reportsSpfMissingWhenOnlyOtherTxtRecordsExist() {
        RecordCheck check = spf("google-site-verification=abc", "v=spf10 nonsense");

        assertThat(check.status()).isEqualTo(RecordStatus.MISSING);
        assertThat(check.seen()).hasSize(2);
    }

    @Test
    void reportsAFailedQueryAsMissingWithTheReason() {
        DnsRecord record = new DnsRecord("TXT", "send.acme.io", SPF, null, RecordPurpose.SPF, 3600, true);

        RecordCheck check = CHECKER.check(record, DnsAnswer.failed("SERVFAIL"), DmarcStage.NONE);

        assertThat(check.status()).isEqualTo(RecordStatus.MISSING);
        assertThat(check.detail()).contains("SERVFAIL");
    }

    @Test
    void comparesTheDkimKeyIgnoringWhitespaceInsideIt() {
        String expected = "v=DKIM1; k=rsa; p=MIIBkey";

        assertThat(check(RecordPurpose.DKIM, "TXT", expected, DmarcStage.NONE, "v=DKIM1; k=rsa; p=MIIB key").status())
                .isEqualTo(RecordStatus.FOUND);
        RecordCheck other = check(RecordPurpose.DKIM, "TXT", expected, DmarcStage.NONE, "v=DKIM1; k=rsa; p=MIIBother");
        assertThat(other.status()).isEqualTo(RecordStatus.WRONG);
        assertThat(other.detail()).contains("differs");
        assertThat(check(RecordPurpose.DKIM, "TXT", expected, DmarcStage.NONE, "v=DKIM1; p=").detail())
                .contains("revoked");
        assertThat(check(RecordPurpose.DKIM, "TXT", expected, DmarcStage.NONE).status())
                .isEqualTo(RecordStatus.MISSING);
    }

    @Test
    void acceptsDmarcAtTheStageOrStricterWithOurReportAddress() {
        assertThat(dmarc(DmarcStage.NONE, DMARC).status()).isEqualTo(RecordStatus.FOUND);
        assertThat(dmarc(DmarcStage.NONE,
                "v=DMARC1; p=reject; rua=mailto:me@acme.io,mailto:DMARC@reports.penguinmails.io").status())
                .isEqualTo(RecordStatus.FOUND);
        assertThat(dmarc(DmarcStage.QUARANTINE_25,
                "v=DMARC1; p=quarantine; pct=50; rua=mailto:dmarc@reports.penguinmails.io").status())
                .isEqualTo(RecordStatus.FOUND);
    }

    @Test
    void reportsAWeakerDmarcPolicyOrAMissingReportAddress() {
        RecordCheck weaker = dmarc(DmarcStage.QUARANTINE_50,
                "v=DMARC1; p=quarantine; pct=25; rua=mailto:dmarc@reports.penguinmails.io");
        RecordCheck noReports = dmarc(DmarcStage.NONE, "v=DMARC1; p=none");

        assertThat(weaker.status()).isEqualTo(RecordStatus.WRONG);
        assertThat(weaker.detail()).contains("weaker than the domain's stage quarantine_50");
        assertThat(noReports.status()).isEqualTo(RecordStatus.WRONG);
        assertThat(noReports.detail()).contains("rua lacks mailto:dmarc@reports.penguinmails.io");
        assertThat(dmarc(DmarcStage.NONE, DMARC, DMARC).detail()).startsWith("2 DMARC records");
    }

    @Test
    void checksTheBounceMxAndTrackingCname() {
        assertThat(check(RecordPurpose.BOUNCE_MX, "MX", "10 mx.penguinmails.io", DmarcStage.NONE,
                "20 backup.acme.io", "10 mx.penguinmails.io").status()).isEqualTo(RecordStatus.FOUND);
        assertThat(check(RecordPurpose.BOUNCE_MX, "MX", "10 mx.penguinmails.io", DmarcStage.NONE,
                "10 aspmx.l.google.com").status()).isEqualTo(RecordStatus.WRONG);
        assertThat(check(RecordPurpose.TRACKING_CNAME, "CNAME", "track.penguinmails.io", DmarcStage.NONE,
                "track.penguinmails.io").status()).isEqualTo(RecordStatus.FOUND);
        assertThat(check(RecordPurpose.TRACKING_CNAME, "CNAME", "track.penguinmails.io", DmarcStage.NONE,
                "elsewhere.example").seen()).containsExactly("elsewhere.example");
    }
}
