package com.penguinmails.query.alerts;

import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import java.time.Duration;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One validated alerts question: the tenant (from its API key), the range an episode must overlap (fired before
 * {@code to}, not resolved before {@code from}), the state and severity, and optionally a rule and scopes.
 *
 * <p>Every selection must hold (AND, as filters do everywhere): {@code campaign_id}, {@code sending_domain},
 * {@code mailbox} and {@code provider} each select alerts on that scope kind and value. An alert has one scope, so two
 * selections of different kinds (or a {@code scope_kind} that contradicts one) match nothing: an empty answer, not an
 * error.
 *
 * @param tenantId the authenticated tenant
 * @param range the range episodes overlap
 * @param status firing, resolved or all
 * @param severity critical, warning or all
 * @param ruleId one rule, or empty for all
 * @param scopeKind one kind of scope, or empty for all
 * @param scopeValue one scope value, or empty for all
 * @param scopes (kind, value) pairs from the dashboard filters, each of which must hold
 * @param limit the most alerts listed
 */
public record AlertsRequest(String tenantId, TimeRange range, AlertStatus status, AlertSeverity severity,
        Optional<String> ruleId, Optional<String> scopeKind, Optional<String> scopeValue,
        List<Map.Entry<String, String>> scopes, int limit) {

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
        scopes = List.copyOf(scopes);
    }

    /**
     * Reads the question from a request's query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range, status, severity,
     *     scope kind, filter value or limit
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
        List<Map.Entry<String, String>> scopes = new ArrayList<>();
        for (AnalyticsFilter filter : FILTERS) {
            filters.value(filter).ifPresent(value -> scopes.add(Map.entry(FILTER_SCOPES.get(filter), value)));
        }
        int limit = parameters.optional("limit").map(AlertsRequest::parseLimit).orElse(DEFAULT_LIMIT);
        return new AlertsRequest(tenantId, range, status, severity, ruleId, scopeKind, scopeValue, scopes, limit);
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
