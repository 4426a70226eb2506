package com.penguinmails.operational.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongEnoughPassword() {
        assertThat(PasswordPolicy.violations("sam@acme.io", "correct horse battery")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.violations("sam@acme.io", "elevenchars"))
                .containsExactly("password must be at least 12 characters long");
    }

    @Test
    void refusesTheEmailOrItsLocalPart() {
        assertThat(PasswordPolicy.violations("samantha.jones@acme.io", "Samantha.Jones@acme.io"))
                .containsExactly("password must not be the email address");
        assertThat(PasswordPolicy.violations("samantha.jones@acme.io", "samantha.jones"))
                .containsExactly("password must not be the email address");
    }

    @Test
    void refusesOneRepeatedCharacterAndOverlongPasswords() {
        assertThat(PasswordPolicy.violations("sam@acme.io", "aaaaaaaaaaaaaaa"))
                .containsExactly("password must not repeat a single character");
        assertThat(PasswordPolicy.violations("sam@acme.io", "ab".repeat(129)))
                .containsExactly("password must be at most 256 characters long");
    }

    @Test
    void refusesAMissingPassword() {
        assertThat(PasswordPolicy.violations("sam@acme.io", null)).containsExactly("password must not be null");
    }
}
