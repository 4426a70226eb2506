package com.penguinmails.operational.errors;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The body of a 422 (or 400) answer to a request that failed validation.
 *
 * @param code the HTTP status
 * @param message a summary
 * @param errors every problem as one sentence, field name first ({@code "contact_id must not be blank"})
 * @param fields the messages per field, by the field's JSON name (dotted for nested fields, {@code body} for the body)
 */
public record ValidationErrors(
        @JsonProperty("code") int code,
        @JsonProperty("message") String message,
        @JsonProperty("errors") List<String> errors,
        @JsonProperty("fields") Map<String, List<String>> fields) {
}
