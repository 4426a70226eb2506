package com.penguinmails.query.overview;

import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One validated overview question: a tenant (from its API key, never from the request), a time range and
 * optionally one campaign.
 *
 * @param tenantId the authenticated tenant, never null
 * @param range the event-time range
 * @param campaignId the campaign to restrict to, or empty for all of the tenant's events
 */
public record OverviewRequest(String tenantId, TimeRange range, Optional<String> campaignId) {

    /** The query parameters the overview accepts; any other is an error. */
    public static final Set<String> PARAMETERS = Set.of("from", "to", "campaign_id");

    /** The longest campaign id accepted, in UTF-16 code units. */
    public static final int MAX_CAMPAIGN_ID_LENGTH = 256;

    public OverviewRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(campaignId, "campaignId");
    }

    /**
     * Reads the overview question from a request's query parameters.
     *
     * @param tenantId the tenant authenticated by the API key
     * @param parameters the query-string parameters
     * @param maxSpan the longest time range accepted
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a missing or malformed
     *     {@code from}/{@code to}, a range that is empty, reversed or too long, or an empty or over-long
     *     {@code campaign_id}
     */
    public static OverviewRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        Optional<String> campaignId = parameters.optional("campaign_id");
        campaignId.ifPresent(OverviewRequest::checkCampaignId);
        return new OverviewRequest(tenantId, range, campaignId);
    }

    private static void checkCampaignId(String campaignId) {
        if (campaignId.isEmpty()) {
            throw new InvalidQueryParameterException("campaign_id must not be empty; leave it out to cover all campaigns");
        }
        if (campaignId.length() > MAX_CAMPAIGN_ID_LENGTH) {
            throw new InvalidQueryParameterException(
                    "campaign_id must be at most " + MAX_CAMPAIGN_ID_LENGTH + " characters; got " + campaignId.length());
        }
    }
}
