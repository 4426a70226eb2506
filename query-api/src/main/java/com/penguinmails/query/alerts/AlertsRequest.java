package com.penguinmails.query.alerts;

import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One validated alerts question: the tenant (from its API key), the range an episode must overlap (fired before
 * {@code to}, not resolved before {@code from}), the state and severity, and optionally one rule and one scope.
 *
 * @param tenantId the authenticated tenant
 * @param range the range episodes overlap
 * @param status firing, resolved or all
 * @param severity critical, warning or all
 * @param ruleId one rule, or empty for all
 * @param scopeKind one kind of scope, or empty for all
 * @param scopeValue one scope value, or empty for all
 * @param limit the most alerts listed
 */
public record AlertsRequest(String tenantId, TimeRange range, AlertStatus status, AlertSeverity severity,
        Optional<String> ruleId, Optional<String> scopeKind, Optional<String> scopeValue, int limit) {

    /** The scope kinds alerts are raised on (stream-jobs/ALERTS.md). */
    public static final List<String> SCOPE_KINDS =
            List.of("tenant", "campaign", "sending_domain", "mailbox", "sending_ip", "mailbox_provider");

    /** The dashboard filters an alert can honour, each naming one scope kind; the others have no column there. */
    public static final Map<AnalyticsFilter, String> FILTER_SCOPES = Map.of(
            AnalyticsFilter.CAMPAIGN, "campaign",
            AnalyticsFilter.SENDING_DOMAIN, "sending_domain",
            AnalyticsFilter.MAILBOX, "mailbox",
            AnalyticsFilter.PROVIDER, "mailbox_provider");

    /** The default and the largest {@code limit}. */
    public static final int DEFAULT_LIMIT = 200;
    public static final int MAX_LIMIT = 1000;

    private static final int MAX_TEXT_LENGTH = 256;
    private static final Set<AnalyticsFilter> FILTERS = EnumSet.copyOf(FILTER_SCOPES.keySet());

    /** The query parameters accepted; any other is an error. */
    public static final Set<String> PARAMETERS = parameters();

    public AlertsRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(scopeKind, "scopeKind");
        Objects.requireNonNull(scopeValue, "scopeValue");
    }

    /**
     * Reads the question from a request's query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range, status, severity,
     *     scope kind or limit, more than one scope filter, or a scope filter contradicting {@code scope_kind}
     */
    public static AlertsRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        AlertStatus status = parameters.optional("status").map(AlertStatus::parse).orElse(AlertStatus.ALL);
        AlertSeverity severity = parameters.optional("severity").map(AlertSeverity::parse).orElse(AlertSeverity.ALL);
        Optional<String> ruleId = parameters.optional("rule_id").map(text -> checkText("rule_id", text));
        Optional<String> scopeKind = parameters.optional("scope_kind").map(AlertsRequest::checkScopeKind);
        Optional<String> scopeValue = parameters.optional("scope_value").map(text -> checkText("scope_value", text));
        AnalyticsFilters filters = AnalyticsFilters.parse(parameters, FILTERS);
        for (AnalyticsFilter filter : FILTERS) {
            Optional<String> value = filters.value(filter);
            if (value.isEmpty()) {
                continue;
            }
            String kind = FILTER_SCOPES.get(filter);
            if (scopeValue.isPresent()) {
                throw new InvalidQueryParameterException("an alert has one scope: give at most one of scope_value, "
                        + "campaign_id, sending_domain, mailbox, provider");
            }
            if (scopeKind.isPresent() && !scopeKind.get().equals(kind)) {
                throw new InvalidQueryParameterException(filter.parameter() + " selects alerts on scope kind " + kind
                        + ", which contradicts scope_kind=" + scopeKind.get());
            }
            scopeKind = Optional.of(kind);
            scopeValue = value;
        }
        int limit = parameters.optional("limit").map(AlertsRequest::parseLimit).orElse(DEFAULT_LIMIT);
        return new AlertsRequest(tenantId, range, status, severity, ruleId, scopeKind, scopeValue, limit);
    }

    private static String checkScopeKind(String text) {
        if (!SCOPE_KINDS.contains(text)) {
            throw new InvalidQueryParameterException("scope_kind must be one of " + String.join(", ", SCOPE_KINDS));
        }
        return text;
    }

    private static String checkText(String name, String text) {
        if (text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidQueryParameterException(
                    name + " must be 1 to " + MAX_TEXT_LENGTH + " characters; leave it out to cover all");
        }
        return text;
    }

    private static int parseLimit(String text) {
        int limit;
        try {
            limit = Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            throw new InvalidQueryParameterException("limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQueryParameterException("limit must be from 1 to " + MAX_LIMIT + "; got " + limit);
        }
        return limit;
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(
                Set.of("from", "to", "status", "severity", "rule_id", "scope_kind", "scope_value", "limit"));
        names.addAll(AnalyticsFilters.parameterNames(FILTERS));
        return Set.copyOf(names);
    }
}
