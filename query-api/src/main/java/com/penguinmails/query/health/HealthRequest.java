package com.penguinmails.query.health;

import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.series.TimeSlots;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One validated health question: the tenant (from its API key), the kind of scope, the range and interval of the
 * trend, and the optional narrowing to one provider, one scope and one status.
 *
 * @param tenantId the authenticated tenant
 * @param scope the kind of scope listed
 * @param range the range of the trend; the current state is the newest snapshot whatever the range
 * @param interval the resolved trend interval
 * @param provider the recipients' mailbox provider whose rows are read; "" (the default) for all providers together
 * @param scopeValue one scope to show (from {@code sending_domain} or {@code mailbox}), empty for all
 * @param status one status to show, empty for all
 */
public record HealthRequest(String tenantId, HealthScope scope, TimeRange range, Interval interval, String provider,
        Optional<String> scopeValue, Optional<String> status) {

    /**
     * The dashboard filters a health row can honour: the provider (a column of sending_health) and the scope's own
     * value. Campaign, variant, step and workspace have no column there and are refused.
     */
    public static final Set<AnalyticsFilter> FILTERS =
            EnumSet.of(AnalyticsFilter.PROVIDER, AnalyticsFilter.SENDING_DOMAIN, AnalyticsFilter.MAILBOX);

    /** The query parameters accepted; any other is an error. */
    public static final Set<String> PARAMETERS = parameters();

    public HealthRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(scopeValue, "scopeValue");
        Objects.requireNonNull(status, "status");
    }

    /** The slots of the trend. */
    public TimeSlots slots() {
        return new TimeSlots(range, interval);
    }

    /**
     * Reads the question from a request's query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range, interval, scope or
     *     status, or a scope filter of another kind than {@code scope} (e.g. {@code mailbox} with {@code scope=ip})
     */
    public static HealthRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        HealthScope scope = HealthScope.parse(parameters.required("scope"));
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        Interval interval = Interval.parse(parameters).resolve(range);
        AnalyticsFilters filters = AnalyticsFilters.parse(parameters, FILTERS);
        Optional<String> scopeValue = Optional.empty();
        for (AnalyticsFilter filter : EnumSet.of(AnalyticsFilter.SENDING_DOMAIN, AnalyticsFilter.MAILBOX)) {
            Optional<String> value = filters.value(filter);
            if (value.isPresent()) {
                if (scope.valueFilter().orElse(null) != filter) {
                    throw new InvalidQueryParameterException(filter.parameter() + " selects one scope of kind "
                            + filter.parameter() + " and cannot narrow scope=" + scope.kind());
                }
                scopeValue = value;
            }
        }
        Optional<String> status = parameters.optional("status").map(HealthStatusFilter::parse);
        return new HealthRequest(tenantId, scope, range, interval,
                filters.value(AnalyticsFilter.PROVIDER).orElse(""), scopeValue, status);
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(Set.of("scope", "from", "to", "status", Interval.PARAMETER));
        names.addAll(AnalyticsFilters.parameterNames(FILTERS));
        return Set.copyOf(names);
    }
}
