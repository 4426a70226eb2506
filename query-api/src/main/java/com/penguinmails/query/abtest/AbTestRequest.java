package com.penguinmails.query.abtest;

import com.penguinmails.query.campaigns.ConversionsQuery;
import com.penguinmails.query.deliverability.Resolution;
import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.Audience;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One validated A/B question: a tenant (from its API key), a campaign, a range, the judged metric, the audience and
 * filters (workspace, step, sending domain, mailbox, provider; the variants are what is compared, so {@code variant} is not a
 * filter here).
 *
 * @param tenantId the authenticated tenant, never null
 * @param campaignId the campaign whose variants are compared
 * @param range buckets starting in it count
 * @param metric the judged metric
 * @param audience how the opens and clicks shown per variant are counted
 * @param filters conditions on the deliverability table's columns, without campaign and variant
 */
public record AbTestRequest(String tenantId, String campaignId, TimeRange range, AbMetric metric, Audience audience,
        AnalyticsFilters filters) {

    /** The filters accepted. */
    public static final Set<AnalyticsFilter> FILTERS = EnumSet.of(AnalyticsFilter.WORKSPACE, AnalyticsFilter.STEP,
            AnalyticsFilter.SENDING_DOMAIN, AnalyticsFilter.MAILBOX, AnalyticsFilter.PROVIDER);

    /** The query parameters accepted; any other is an error. */
    public static final Set<String> PARAMETERS = parameters();

    public AbTestRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(filters, "filters");
    }

    /** The deliverability table answering the range. */
    public Resolution resolution() {
        return Resolution.of(range);
    }

    /**
     * Reads the question from the path's campaign id and the query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, an empty or over-long campaign id,
     *     a bad range, metric, audience or filter, an open or click metric without {@code audience=human}, or the
     *     conversion metric with a filter the attribution table cannot honour (workspace, sending domain, mailbox,
     *     provider)
     */
    public static AbTestRequest parse(String tenantId, String campaignId, QueryParameters parameters,
            Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        String campaign = AnalyticsFilter.CAMPAIGN.validate(campaignId);
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        AbMetric metric = parameters.optional(AbMetric.PARAMETER).map(AbMetric::parse).orElse(AbMetric.REPLY);
        Audience audience = Audience.parse(parameters);
        AnalyticsFilters filters = AnalyticsFilters.parse(parameters, FILTERS);
        if (metric.needsHumanAudience() && audience != Audience.HUMAN) {
            throw new InvalidQueryParameterException("metric " + metric.wireName() + " needs audience=human: only "
                    + "human opens and clicks are counted once per message (machine opens and clicks, e.g. Apple "
                    + "Mail Privacy Protection or link scanners, say nothing about a variant)");
        }
        if (metric == AbMetric.CONVERSION && !ConversionsQuery.supports(filters)) {
            throw new InvalidQueryParameterException("metric conversion cannot be filtered by workspace_id, "
                    + "sending_domain, mailbox or provider: attributed conversions carry only campaign, variant and step");
        }
        return new AbTestRequest(tenantId, campaign, range, metric, audience, filters);
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(Set.of("from", "to", AbMetric.PARAMETER, Audience.PARAMETER));
        names.addAll(AnalyticsFilters.parameterNames(FILTERS));
        return Set.copyOf(names);
    }
}
