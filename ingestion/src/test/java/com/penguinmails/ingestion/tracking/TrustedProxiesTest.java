package com.penguinmails.ingestion.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8", "192.168.1.10", "2001:db8::/32"));

    @Test
    void withoutForwardedForTheSocketPeerIsTheClient() {
        assertThat(proxies.clientAddress("203.0.113.9", null)).isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("10.1.2.3", headers())).isEqualTo("10.1.2.3");
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        assertThat(proxies.clientAddress("203.0.113.9", headers("198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void walksRightToLeftSkippingTrustedHops() {
        assertThat(proxies.clientAddress("10.0.0.1", headers("6.6.6.6, 198.51.100.1, 192.168.1.10")))
                .as("6.6.6.6 was written by the client itself, 198.51.100.1 by the trusted 192.168.1.10")
                .isEqualTo("198.51.100.1");
        assertThat(proxies.clientAddress("10.0.0.1", headers("6.6.6.6", "198.51.100.1", "10.9.9.9")))
                .as("several header lines count as one list").isEqualTo("198.51.100.1");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftmostIsTheClient() {
        assertThat(proxies.clientAddress("10.0.0.1", headers("10.0.0.7, 192.168.1.10"))).isEqualTo("10.0.0.7");
    }

    @Test
    void aGarbageEntryStopsAtTheLastTrustedHop() {
        assertThat(proxies.clientAddress("10.0.0.1", headers("198.51.100.1, evil.example.com, 10.0.0.2")))
                .isEqualTo("10.0.0.2");
        assertThat(proxies.clientAddress("10.0.0.1", headers("unknown"))).isEqualTo("10.0.0.1");
    }

    @Test
    void handlesIpv6PortsAndBrackets() {
        assertThat(proxies.clientAddress("[2001:db8::1]", headers("2001:db9::5"))).isEqualTo("2001:db9:0:0:0:0:0:5");
        assertThat(proxies.clientAddress("2001:db8::1", headers("[2001:db9::5]:443"))).isEqualTo("2001:db9:0:0:0:0:0:5");
        assertThat(proxies.clientAddress("10.0.0.1", headers("198.51.100.1:5123"))).isEqualTo("198.51.100.1");
        assertThat(proxies.clientAddress("2001:db9::1", headers("198.51.100.1"))).isEqualTo("2001:db9:0:0:0:0:0:1");
    }

    @Test
    void anIpv4AddressIsNeverInAnIpv6BlockAndPrefixesAreExact() {
        TrustedProxies narrow = TrustedProxies.of(List.of("172.16.0.0/12", "::1"));

        assertThat(narrow.clientAddress("172.31.255.255", headers("1.1.1.1"))).isEqualTo("1.1.1.1");
        assertThat(narrow.clientAddress("172.32.0.0", headers("1.1.1.1"))).isEqualTo("172.32.0.0");
        assertThat(narrow.clientAddress("[::1]", headers("1.1.1.1"))).isEqualTo("1.1.1.1");
        assertThat(narrow.clientAddress("0.0.0.1", headers("1.1.1.1"))).isEqualTo("0.0.0.1");
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(TrustedProxies.of(List.of()).clientAddress("10.0.0.1", headers("1.1.1.1"))).isEqualTo("10.0.0.1");
    }

    @Test
    void neverResolvesNamesAndRefusesBadBlocks() {
        assertThat(IpLiteral.parse("localhost")).isNull();
        assertThat(IpLiteral.parse("256.1.1.1")).isNull();
        assertThat(IpLiteral.parse("1.2.3")).isNull();
        assertThat(IpLiteral.parse("1.2.3.4.5")).isNull();
        assertThat(IpLiteral.parse("fe80::1%eth0")).isNull();
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33"))).hasMessageContaining("out of range");
        assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.internal"))).hasMessageContaining("proxy.internal");
    }

    private static Enumeration<String> headers(String... lines) {
        return Collections.enumeration(List.of(lines));
    }
}
