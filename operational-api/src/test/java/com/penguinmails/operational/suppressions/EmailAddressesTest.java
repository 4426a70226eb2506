package com.penguinmails.operational.suppressions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void hashesTheNormalisedAddress() {
        assertThat(EmailAddresses.sha256("  Sam@Example.COM ")).isEqualTo(EmailAddresses.sha256("sam@example.com"));
        assertThat(EmailAddresses.sha256("sam@example.com")).hasSize(64).matches("[0-9a-f]+")
                .isNotEqualTo(EmailAddresses.sha256("sam@example.org"));
    }
}
