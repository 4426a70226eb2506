package com.penguinmails.streamjobs.attribution;

import java.math.BigDecimal;

/**
 * One row of the ClickHouse table {@code attribution_journeys}: a conversion with its ordered touches and each
 * model's credits, as the drill-down shows it; the newest version replaces the older ones.
 *
 * @param tenantId the tenant
 * @param conversionId the conversion event's id
 * @param contactId the converting contact
 * @param conversionAtMillis when the conversion happened, epoch milliseconds
 * @param conversionType e.g. deal_won
 * @param value the conversion's value, null when none
 * @param currency the conversion's currency, {@code ""} without value
 * @param touchCount the number of touches (0 = unattributed)
 * @param touchesJson the touches, as {@link JourneyJson} writes them
 * @param version the conversion's credits version
 */
public record AttributedJourney(String tenantId, String conversionId, String contactId, long conversionAtMillis,
        String conversionType, BigDecimal value, String currency, int touchCount, String touchesJson, long version) {
}
