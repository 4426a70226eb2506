package com.penguinmails.query.health;

import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.request.TimeZoneParameter;
import com.penguinmails.query.series.SeriesBuckets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One validated health question: the tenant (from its API key), the kind of scope, the range and interval of the
 * trend, and the optional narrowing to one provider, one status and the scopes of a sending domain or mailbox.
 *
 * <p>{@code sending_domain} and {@code mailbox} narrow to the scopes of that traffic: with {@code scope=sending_domain}
 * the domain itself (a mailbox names its domain, after the {@code @}); with {@code scope=mailbox} the mailbox itself,
 * or the domain's mailboxes. Given together they must both hold. An IP's domains are unknown to sending_health, so
 * both are refused with {@code scope=sending_ip}.
 *
 * @param tenantId the authenticated tenant
 * @param scope the kind of scope listed
 * @param range the range of the trend; the current state is the newest snapshot whatever the range
 * @param interval the resolved trend interval
 * @param zone the zone the trend's buckets are cut in
 * @param provider the recipients' mailbox provider whose rows are read; "" (the default) for all providers together
 * @param scopeValues values the scope must equal (each of them), empty for all
 * @param mailboxDomain for mailbox scopes: the domain the mailbox must belong to, empty for all
 * @param status one status to show, empty for all
 */
public record HealthRequest(String tenantId, HealthScope scope, TimeRange range, Interval interval, ZoneId zone,
        String provider, List<String> scopeValues, Optional<String> mailboxDomain, Optional<String> status) {

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
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(provider, "provider");
        scopeValues = List.copyOf(scopeValues);
        Objects.requireNonNull(mailboxDomain, "mailboxDomain");
        Objects.requireNonNull(status, "status");
    }

    /** The buckets of the trend. */
    public SeriesBuckets buckets() {
        return new SeriesBuckets(interval, zone);
    }

    /**
     * Reads the question from a request's query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range, interval, zone, scope or
     *     status, or {@code sending_domain} / {@code mailbox} with {@code scope=sending_ip}
     */
    public static HealthRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        HealthScope scope = HealthScope.parse(parameters.required("scope"));
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        Interval interval = Interval.parse(parameters).resolve(range);
        ZoneId zone = TimeZoneParameter.parse(parameters);
        AnalyticsFilters filters = AnalyticsFilters.parse(parameters, FILTERS);
        Optional<String> domain = filters.value(AnalyticsFilter.SENDING_DOMAIN);
        Optional<String> mailbox = filters.value(AnalyticsFilter.MAILBOX);
        List<String> scopeValues = new ArrayList<>();
        Optional<String> mailboxDomain = Optional.empty();
        switch (scope) {
            case SENDING_DOMAIN -> {
                domain.ifPresent(scopeValues::add);
                mailbox.ifPresent(value -> scopeValues.add(value.substring(value.lastIndexOf('@') + 1)));
            }
            case MAILBOX -> {
                mailbox.ifPresent(scopeValues::add);
                mailboxDomain = domain;
            }
            case SENDING_IP -> {
                if (domain.isPresent() || mailbox.isPresent()) {
                    throw new InvalidQueryParameterException("sending_domain and mailbox cannot narrow"
                            + " scope=sending_ip: sending_health does not know an IP's domains");
                }
            }
        }
        Optional<String> status = parameters.optional("status").map(HealthStatusFilter::parse);
        return new HealthRequest(tenantId, scope, range, interval, zone,
                filters.value(AnalyticsFilter.PROVIDER).orElse(""), scopeValues, mailboxDomain, status);
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(Set.of("scope", "from", "to", "status", Interval.PARAMETER,
                TimeZoneParameter.PARAMETER));
        names.addAll(AnalyticsFilters.parameterNames(FILTERS));
        return Set.copyOf(names);
    }
}
