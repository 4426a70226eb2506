package com.penguinmails.operational.suppressions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of a suppression list, newest first.
 *
 * @param suppressions the entries
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 */
public record SuppressionPage(
        @JsonProperty("suppressions") List<Suppression> suppressions,
        @JsonProperty("next_cursor") String nextCursor) {
}
