package com.penguinmails.operational.dns;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.util.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Queries the loopback DNS server through dnsjava over real UDP (and TCP for answers too big for UDP). */
class DnsJavaLookupTest {

    private static LoopbackDnsServer server;
    private static DnsLookup lookup;

    @BeforeAll
    static void startServer() throws Exception {
        server = LoopbackDnsServer.start();
        DnsFactory factory = new DnsFactory();
        factory.setResolvers(List.of(server.address()));
        factory.setTimeout(Duration.seconds(2));
        lookup = factory.buildLookup();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void emptyZone() {
        server.clear();
    }

    @Test
    void joinsTheCharacterStringsOfEachTxtRecord() {
        server.addTxt("sel._domainkey.acme.io", "v=DKIM1; k=rsa; p=ABC", "DEF");
        server.addTxt("sel._domainkey.acme.io", "other");

        DnsAnswer answer = lookup.query("sel._domainkey.acme.io", "TXT");

        assertThat(answer.outcome()).isEqualTo(DnsAnswer.Outcome.RECORDS);
        assertThat(answer.values()).containsExactlyInAnyOrder("v=DKIM1; k=rsa; p=ABCDEF", "other");
    }

    @Test
    void reportsNxdomainAndEmptyAnswersAsNoRecords() {
        server.addTxt("acme.io", "v=spf1 -all");

        assertThat(lookup.query("nothing.acme.io", "TXT"))
                .isEqualTo(DnsAnswer.noRecords("NXDOMAIN"));
        assertThat(lookup.query("acme.io", "MX"))
                .isEqualTo(DnsAnswer.noRecords("NOERROR"));
    }

    @Test
    void presentsMxAndCnameHostsInLowerCaseWithoutTheDot() {
        server.addMx("bounces.acme.io", 10, "MX.PenguinMails.io");
        server.addCname("track.acme.io", "track.penguinmails.io");

        assertThat(lookup.query("bounces.acme.io", "MX").values()).containsExactly("10 mx.penguinmails.io");
        assertThat(lookup.query("track.acme.io", "CNAME").values()).containsExactly("track.penguinmails.io");
    }

    @Test
    void readsAnswersLargerThanAUdpDatagramOverTcp() {
        for (int i = 0; i < 12; i++) {
            server.addTxt("big.acme.io", "x".repeat(200) + i);
        }

        assertThat(lookup.query("big.acme.io", "TXT").values()).hasSize(12);
    }

    @Test
    void reportsAServerThatDoesNotAnswerAsFailed() throws Exception {
        LoopbackDnsServer silent = LoopbackDnsServer.start();
        String address = silent.address();
        silent.close();
        DnsFactory factory = new DnsFactory();
        factory.setResolvers(List.of(address));
        factory.setTimeout(Duration.milliseconds(300));

        DnsAnswer answer = factory.buildLookup().query("acme.io", "TXT");

        assertThat(answer.outcome()).isEqualTo(DnsAnswer.Outcome.FAILED);
    }
}
