package com.penguinmails.operational.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.jackson.Jackson;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresAuditTrailTest {

    record Webhook(@JsonProperty("id") String id, @JsonProperty("url") String url,
            @JsonProperty("signing_secret") String signingSecret) {
    }

    private final PostgresAuditTrail trail = new PostgresAuditTrail(Jackson.newObjectMapper(), Clock.systemUTC());

    @Test
    void storesTheStateAsTheApiWritesItWithoutSecrets() {
        String json = trail.json(new Webhook("wh-1", "https://example.com/hook", "whsec_abc"));

        assertThat(json).isEqualTo("{\"id\":\"wh-1\",\"url\":\"https://example.com/hook\"}");
    }

    @Test
    void stripsNestedSecretsOfMapsToo() {
        String json = trail.json(Map.of("user", Map.of("email", "a@b.c", "password_hash", "$argon2id$...")));

        assertThat(json).isEqualTo("{\"user\":{\"email\":\"a@b.c\"}}");
    }

    @Test
    void storesNothingForNoState() {
        assertThat(trail.json(null)).isNull();
    }
}
