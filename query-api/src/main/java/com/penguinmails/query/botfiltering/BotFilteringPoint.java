package com.penguinmails.query.botfiltering;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One bucket of the bot-filtering series: opens and clicks in all, counted as human, and filtered out.
 *
 * @param bucket where the bucket starts (UTC)
 */
public record BotFilteringPoint(
        @JsonProperty("bucket") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant bucket,
        @JsonProperty("opens_total") long opensTotal,
        @JsonProperty("opens_human") long opensHuman,
        @JsonProperty("opens_filtered") long opensFiltered,
        @JsonProperty("clicks_total") long clicksTotal,
        @JsonProperty("clicks_human") long clicksHuman,
        @JsonProperty("clicks_filtered") long clicksFiltered) {
}
