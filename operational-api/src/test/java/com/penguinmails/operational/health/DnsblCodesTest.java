package com.penguinmails.operational.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DnsblCodesTest {

    @Test
    void listingCodesAreListedWithTheirMeaning() {
        assertThat(DnsblCodes.read("127.0.0.2")).isEqualTo(new DnsblCodes.Reading(DnsblCodes.Meaning.LISTED,
                "127.0.0.2", "listed (Spamhaus SBL / SpamCop / Barracuda)"));
        assertThat(DnsblCodes.read("127.0.0.10").description()).contains("PBL");
        assertThat(DnsblCodes.read("127.0.1.104").description()).contains("phishing");
        assertThat(DnsblCodes.read("127.0.0.200").meaning()).isEqualTo(DnsblCodes.Meaning.LISTED);
    }

    @Test
    void refusalsTestAnswersAndForeignAddressesAreUnknown() {
        for (String code : new String[] {"127.255.255.252", "127.255.255.254", "127.255.255.255", "127.0.1.255",
                "127.0.0.1", "198.51.100.20"}) {
            assertThat(DnsblCodes.read(code).meaning()).as(code).isEqualTo(DnsblCodes.Meaning.UNKNOWN);
        }
    }
}
