package com.penguinmails.query.attribution;

import com.penguinmails.query.overview.OverviewRequest;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One validated attribution question: a tenant (from its API key, never from the request), the range of conversion
 * times, the zone of the day buckets, the grouping, optionally one campaign, and whether rows are split per day.
 *
 * @param tenantId the authenticated tenant
 * @param range conversions whose time is in it count
 * @param zone the time zone of {@code day} when split per day (IANA id), UTC by default
 * @param grouping what a row is
 * @param campaignId the campaign to restrict the rows to, or empty for all (unattributed totals never are)
 * @param byDay whether rows are split by the conversion's day in {@code zone}
 */
public record AttributionRequest(String tenantId, TimeRange range, ZoneId zone, AttributionGrouping grouping,
        Optional<String> campaignId, boolean byDay) {

    /** The query parameters accepted; any other is an error. */
    public static final Set<String> PARAMETERS = Set.of("from", "to", "tz", "group_by", "campaign_id", "by_day");

    public AttributionRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(campaignId, "campaignId");
    }

    /**
     * Reads the question from a request's query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range, an unknown zone or
     *     {@code group_by}, an empty or over-long {@code campaign_id}, or a {@code by_day} other than true/false
     */
    public static AttributionRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        ZoneId zone = parameters.optional("tz").map(AttributionRequest::parseZone).orElse(ZoneId.of("UTC"));
        AttributionGrouping grouping = parameters.optional("group_by").map(AttributionGrouping::parse)
                .orElse(AttributionGrouping.CAMPAIGN);
        Optional<String> campaignId = parameters.optional("campaign_id");
        campaignId.ifPresent(AttributionRequest::checkCampaignId);
        boolean byDay = parameters.optional("by_day").map(AttributionRequest::parseBoolean).orElse(false);
        return new AttributionRequest(tenantId, range, zone, grouping, campaignId, byDay);
    }

    private static ZoneId parseZone(String text) {
        try {
            if (text.length() <= 64 && text.matches("[A-Za-z0-9_+\\-/]+")) {
                return ZoneId.of(text);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new InvalidQueryParameterException("tz must be an IANA time zone id such as Europe/Berlin");
    }

    private static boolean parseBoolean(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidQueryParameterException("by_day must be true or false");
        };
    }

    private static void checkCampaignId(String campaignId) {
        if (campaignId.isEmpty()) {
            throw new InvalidQueryParameterException("campaign_id must not be empty; leave it out to cover all campaigns");
        }
        if (campaignId.length() > OverviewRequest.MAX_CAMPAIGN_ID_LENGTH) {
            throw new InvalidQueryParameterException("campaign_id must be at most "
                    + OverviewRequest.MAX_CAMPAIGN_ID_LENGTH + " characters; got " + campaignId.length());
        }
    }
}
