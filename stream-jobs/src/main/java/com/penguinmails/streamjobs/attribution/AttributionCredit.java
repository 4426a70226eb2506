package com.penguinmails.streamjobs.attribution;

/**
 * One row of the ClickHouse table {@code attribution_credits}: the credit one model gives one touch of one
 * conversion, or, for an unattributed conversion, the whole conversion under campaign {@code ""}.
 *
 * <p>Rows are keyed by (tenant, conversion, model, touch): a touch never leaves a journey, so a recomputation
 * (a new {@code version}) replaces every row of the previous one; the unattributed row of a conversion that later
 * gets a touch is replaced by a row with credit 0.
 *
 * @param tenantId the tenant
 * @param conversionId the conversion event's id
 * @param conversionAtMillis when the conversion happened, epoch milliseconds
 * @param conversionType e.g. meeting_booked
 * @param currency the conversion's currency, {@code ""} without value
 * @param model the model's wire name
 * @param campaignId the touch's campaign, {@code ""} when unattributed or unknown
 * @param variant the touch's variant, {@code ""} when unattributed or unknown
 * @param sequenceStep the touch's step, 0 when unattributed or unknown
 * @param touchEventId the touch's event id, {@code ""} for the unattributed row
 * @param touchKind open, click or reply; {@code ""} for the unattributed row
 * @param attributed false for the unattributed row
 * @param credit share of the conversion, 0..1
 * @param revenue credit times the conversion's value, in {@code currency}
 * @param version the conversion's credits version
 */
public record AttributionCredit(String tenantId, String conversionId, long conversionAtMillis, String conversionType,
        String currency, String model, String campaignId, String variant, int sequenceStep, String touchEventId,
        String touchKind, boolean attributed, double credit, double revenue, long version) {
}
