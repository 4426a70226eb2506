package com.penguinmails.operational.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.operational.dns.DnsFactory;
import com.penguinmails.operational.dns.DnsLookup;
import com.penguinmails.operational.dns.LoopbackDnsServer;
import io.dropwizard.util.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reverse DNS and blocklist checks over real DNS (UDP/TCP) against the loopback DNS server. */
class DnsChecksTest {

    private static final String IP = "203.0.113.7";
    private static final String HOST = "mail.send.acme.test";
    private static final List<DnsblZone> ZONES = List.of(
            new DnsblZone("zen.dnsbl.test", DnsblZone.Lists.IP),
            new DnsblZone("bl.dnsbl.test", DnsblZone.Lists.IP),
            new DnsblZone("dbl.dnsbl.test", DnsblZone.Lists.DOMAIN));

    private static LoopbackDnsServer dns;
    private static DnsLookup lookup;

    @BeforeAll
    static void startDns() throws Exception {
        dns = LoopbackDnsServer.start();
        DnsFactory factory = new DnsFactory();
        factory.setResolvers(List.of(dns.address()));
        factory.setTimeout(Duration.seconds(2));
        lookup = factory.buildLookup();
    }

    @AfterAll
    static void stopDns() throws Exception {
        dns.close();
    }

    @BeforeEach
    void clear() {
        dns.clear();
    }

    @Test
    void aForwardConfirmedPtrMatchingTheSmtpHostIsOk() {
        dns.addPtr("7.113.0.203.in-addr.arpa", HOST);
        dns.addA(HOST, IP);

        CheckResult result = new ReverseDnsCheck(lookup).check(IP, Optional.of(HOST));

        assertThat(result.status()).as(result.detail()).isEqualTo(CheckStatus.OK);
        assertThat(result.measured()).containsEntry("ptr_names", List.of(HOST))
                .containsEntry("forward_confirmed", List.of(HOST));
    }

    @Test
    void noPtrOrAPtrThatDoesNotResolveBackFails() {
        ReverseDnsCheck check = new ReverseDnsCheck(lookup);
        assertThat(check.check(IP, Optional.of(HOST)).detail()).startsWith("no PTR record for " + IP);

        dns.addPtr("7.113.0.203.in-addr.arpa", HOST);
        dns.addA(HOST, "203.0.113.99");
        CheckResult result = check.check(IP, Optional.of(HOST));
        assertThat(result.status()).isEqualTo(CheckStatus.FAILING);
        assertThat(result.detail()).isEqualTo("PTR " + HOST + " does not resolve back to " + IP);
    }

    @Test
    void aConfirmedPtrNamingAnotherHostWarns() {
        dns.addPtr("7.113.0.203.in-addr.arpa", "vps-1234.hostwind.test");
        dns.addA("vps-1234.hostwind.test", IP);

        CheckResult result = new ReverseDnsCheck(lookup).check(IP, Optional.of(HOST));

        assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
        assertThat(result.detail()).contains("vps-1234.hostwind.test").contains(HOST);
    }

    @Test
    void anIpListedOnOneZoneFailsWithTheCodeRead() {
        dns.addA("7.113.0.203.zen.dnsbl.test", "127.0.0.4");

        CheckResult result = new DnsblCheck(lookup, ZONES).checkIp(IP);

        assertThat(result.status()).isEqualTo(CheckStatus.FAILING);
        assertThat(result.detail()).isEqualTo("listed on zen.dnsbl.test: 127.0.0.4 Spamhaus XBL (exploited host)");
        assertThat(result.measured()).containsEntry("listed_on", 1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> zones = (List<Map<String, Object>>) result.measured().get("zones");
        assertThat(zones).extracting(zone -> zone.get("result")).containsExactly("listed", "not_listed");
    }

    @Test
    void anIpOnNoListIsOkAndARefusedQueryIsUnknownNotListed() {
        DnsblCheck check = new DnsblCheck(lookup, ZONES);
        CheckResult clean = check.checkIp(IP);
        assertThat(clean.status()).isEqualTo(CheckStatus.OK);
        assertThat(clean.detail()).isEqualTo("not listed on 2 lists");

        dns.addA("7.113.0.203.bl.dnsbl.test", "127.255.255.254");
        CheckResult refused = check.checkIp(IP);
        assertThat(refused.status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(refused.detail()).contains("bl.dnsbl.test").contains("public/open resolver");
        assertThat(refused.measured()).containsEntry("listed_on", 0);
    }

    @Test
    void aDomainIsLookedUpOnTheDomainZonesOnly() {
        dns.addA("send.acme.test.dbl.dnsbl.test", "127.0.1.2");
        dns.addA("send.acme.test.zen.dnsbl.test", "127.0.0.2");

        CheckResult result = new DnsblCheck(lookup, ZONES).checkDomain("Send.Acme.Test");

        assertThat(result.status()).isEqualTo(CheckStatus.FAILING);
        assertThat(result.detail()).isEqualTo("listed on dbl.dnsbl.test: 127.0.1.2 Spamhaus DBL spam domain");
        assertThat(result.measured()).containsEntry("listed_on", 1);
    }

    @Test
    void anIpv6AddressIsReversedByNibbles() {
        assertThat(ReverseNames.ptrName("2001:db8::1")).isEqualTo(
                "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
        assertThat(ReverseNames.reversed(IP)).isEqualTo("7.113.0.203");
        assertThat(ReverseNames.isIpLiteral("300.1.1.1")).isFalse();
        assertThat(ReverseNames.isIpLiteral("mail.acme.test")).isFalse();
    }
}
