package com.penguinmails.query.botfiltering;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * All opens (or clicks) of the range split into what "human" counts keep and what they filter out.
 *
 * @param total every open (click)
 * @param human those counted as human
 * @param filtered total - human: what the human counts leave out
 * @param filteredShare filtered / total, rounded half-up to 4 decimals, 0 when total is 0
 * @param classes every class with its count, the known ones always (zeros included), in report order
 */
public record EngagementSplit(
        @JsonProperty("total") long total,
        @JsonProperty("human") long human,
        @JsonProperty("filtered") long filtered,
        @JsonProperty("filtered_share") double filteredShare,
        @JsonProperty("classes") List<EngagementClassCount> classes) {

    public EngagementSplit {
        classes = List.copyOf(classes);
    }
}
