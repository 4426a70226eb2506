package com.penguinmails.operational.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactHashTest {

    @Test
    void isTheSha256OfTheIdInLowerCaseHex() {
        // The FIPS 180-2 test vector: SHA-256("abc").
        assertThat(ContactHash.of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void differsPerContact() {
        assertThat(ContactHash.of("ct-1")).isNotEqualTo(ContactHash.of("ct-2"));
    }
}
