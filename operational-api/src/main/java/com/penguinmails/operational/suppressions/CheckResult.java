package com.penguinmails.operational.suppressions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to a {@link SuppressionCheck}.
 *
 * @param checked how many recipients were checked
 * @param suppressed those of them that are suppressed, with the reason; the others may be sent to
 */
public record CheckResult(
        @JsonProperty("checked") int checked,
        @JsonProperty("suppressed") List<SuppressedRecipient> suppressed) {
}
