package com.penguinmails.operational.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** One stored result of a check, as the history endpoint answers it. */
public record HealthResultView(
        @JsonProperty("check") CheckKind kind,
        @JsonProperty("target") String target,
        @JsonProperty("checked_at") Instant checkedAt,
        @JsonProperty("status") CheckStatus status,
        @JsonProperty("detail") String detail,
        @JsonProperty("measured") JsonNode measured) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
