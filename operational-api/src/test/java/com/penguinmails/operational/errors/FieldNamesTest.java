package com.penguinmails.operational.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldNamesTest {

    @Test
    void turnsJavaPropertyNamesIntoTheJsonNames() {
        assertThat(FieldNames.snakeCase("contactId")).isEqualTo("contact_id");
        assertThat(FieldNames.snakeCase("emailSha256")).isEqualTo("email_sha256");
        assertThat(FieldNames.snakeCase("contact_ids")).isEqualTo("contact_ids");
        assertThat(FieldNames.snakeCase("email")).isEqualTo("email");
    }
}
