package com.penguinmails.query.attribution;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The answer of {@code GET /v1/analytics/attribution/conversions/{conversion_id}/journey}: one conversion and its
 * ordered touches with each model's credit.
 *
 * @param conversionId the conversion event's id
 * @param contactId the converting contact
 * @param conversionType e.g. deal_won
 * @param occurredAt when it converted
 * @param value its value as a decimal string, null without one
 * @param currency its currency, {@code ""} without value
 * @param attributed whether any touch counts
 * @param version how many times the journey was computed (late touches re-compute it)
 * @param touches the touches in journey order: event_id, occurred_at, kind, campaign_id, variant, sequence_step and
 *     credits per model
 */
public record ConversionJourney(
        @JsonProperty("conversion_id") String conversionId,
        @JsonProperty("contact_id") String contactId,
        @JsonProperty("conversion_type") String conversionType,
        @JsonProperty("occurred_at") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant occurredAt,
        @JsonProperty("value") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
        @JsonProperty("currency") String currency,
        @JsonProperty("attributed") boolean attributed,
        @JsonProperty("version") long version,
        @JsonProperty("touches") JsonNode touches) {
}
