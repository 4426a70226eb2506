package com.penguinmails.query.cohorts;

import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.request.TimeZoneParameter;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One validated cohort-retention question: a tenant (from its API key, never from the request), the range in which
 * the contacts' cohort times fall, the time zone periods are cut in, the period length, what defines the cohort, the
 * qualifying activity, optionally one campaign, and how many periods to report.
 *
 * @param tenantId the authenticated tenant, never null
 * @param range a contact belongs to the answer when its cohort time (first send or first engagement) lies in it
 * @param zone the IANA time zone in which days, weeks (Monday first) and months are cut
 * @param period the length of a cohort and of each period after it
 * @param basis what defines a contact's cohort time
 * @param activity what makes a contact active in a period
 * @param campaignId the campaign to restrict to, or empty for all campaigns together
 * @param periods how many periods (k = 0 .. periods - 1) each cohort reports
 */
public record CohortsRequest(String tenantId, TimeRange range, ZoneId zone, CohortPeriod period, CohortBasis basis,
        CohortActivity activity, Optional<String> campaignId, int periods) {

    /** The query parameters accepted; any other is an error. */
    public static final Set<String> PARAMETERS =
            Set.of("from", "to", "tz", "period", "cohort_by", "activity", "campaign_id", "periods");

    /** Periods reported when the request does not say. */
    public static final int DEFAULT_PERIODS = 12;

    /** The most periods a request may ask for. */
    public static final int MAX_PERIODS = 400;

    public CohortsRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(campaignId, "campaignId");
        if (periods < 1 || periods > MAX_PERIODS) {
            throw new IllegalArgumentException("periods must be 1.." + MAX_PERIODS);
        }
    }

    /**
     * Reads the question from a request's query parameters. Defaults: {@code tz} UTC, {@code period} week,
     * {@code cohort_by} first_send, {@code activity} open, {@code periods} 12, all campaigns.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range (as for the overview),
     *     a zone that is not an IANA zone name, an unknown period, basis or activity, {@code periods} outside
     *     1..{@value #MAX_PERIODS}, or an empty or over-long {@code campaign_id}
     */
    public static CohortsRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        ZoneId zone = TimeZoneParameter.parse(parameters);
        CohortPeriod period = parameters.optional("period").map(CohortPeriod::parse).orElse(CohortPeriod.WEEK);
        CohortBasis basis = parameters.optional("cohort_by").map(CohortBasis::parse).orElse(CohortBasis.FIRST_SEND);
        CohortActivity activity =
                parameters.optional("activity").map(CohortActivity::parse).orElse(CohortActivity.OPEN);
        Optional<String> campaignId = parameters.optional(AnalyticsFilter.CAMPAIGN.parameter())
                .map(AnalyticsFilter.CAMPAIGN::validate);
        int periods = parameters.optional("periods").map(CohortsRequest::parsePeriods).orElse(DEFAULT_PERIODS);
        return new CohortsRequest(tenantId, range, zone, period, basis, activity, campaignId, periods);
    }

    /** The same question over another range of cohort times. */
    public CohortsRequest withRange(TimeRange otherRange) {
        return new CohortsRequest(tenantId, otherRange, zone, period, basis, activity, campaignId, periods);
    }

    private static int parsePeriods(String text) {
        int periods;
        try {
            periods = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryParameterException("periods must be a whole number from 1 to " + MAX_PERIODS
                    + "; got " + quote(text));
        }
        if (periods < 1 || periods > MAX_PERIODS) {
            throw new InvalidQueryParameterException("periods must be from 1 to " + MAX_PERIODS + "; got " + periods);
        }
        return periods;
    }

    private static String quote(String text) {
        return "'" + (text.length() <= 64 ? text : text.substring(0, 64) + "...") + "'";
    }
}
