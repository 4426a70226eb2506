package com.penguinmails.operational.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SecretFieldsTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void recognisesSecretNamesInEveryCase() {
        assertThat(SecretFields.isSecret("password")).isTrue();
        assertThat(SecretFields.isSecret("new_password")).isTrue();
        assertThat(SecretFields.isSecret("passwordHash")).isTrue();
        assertThat(SecretFields.isSecret("signing_secret")).isTrue();
        assertThat(SecretFields.isSecret("session-token")).isTrue();
        assertThat(SecretFields.isSecret("dkim_private_key")).isTrue();
        assertThat(SecretFields.isSecret("privateKeyPem")).isTrue();
        assertThat(SecretFields.isSecret("totp_seed")).isTrue();
        assertThat(SecretFields.isSecret("backup_codes")).isTrue();
        assertThat(SecretFields.isSecret("MASTER_KEY")).isTrue();
    }

    @Test
    void keepsOrdinaryNames() {
        assertThat(SecretFields.isSecret("name")).isFalse();
        assertThat(SecretFields.isSecret("key_prefix")).isFalse();
        assertThat(SecretFields.isSecret("api_key_id")).isFalse();
        assertThat(SecretFields.isSecret("public_key")).isFalse();
        assertThat(SecretFields.isSecret("contact_id")).isFalse();
        assertThat(SecretFields.isSecret("selector")).isFalse();
        assertThat(SecretFields.isSecret("scopes")).isFalse();
    }

    @Test
    void stripsSecretFieldsAtAnyDepth() throws Exception {
        JsonNode tree = mapper.readTree("""
                {"name":"hook","secret":"s3cr3t","endpoints":[{"url":"https://x","signing_secret":"abc"}],
                 "owner":{"email":"a@b.c","password":"hunter2"}}""");

        JsonNode stripped = SecretFields.strip(tree);

        assertThat(stripped.toString())
                .isEqualTo("{\"name\":\"hook\",\"endpoints\":[{\"url\":\"https://x\"}],\"owner\":{\"email\":\"a@b.c\"}}");
    }
}
