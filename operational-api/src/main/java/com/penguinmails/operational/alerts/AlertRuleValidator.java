package com.penguinmails.operational.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an alert rule request with the rules the stream job applies to {@code control.alert-rules} records
 * (stream-jobs/ALERTS.md, {@code AlertRuleParser}), so a rule the API accepts is never skipped by the job, and applies
 * the documented defaults. Pure and thread-safe.
 */
public final class AlertRuleValidator {

    /** The metrics the stream job evaluates. */
    public static final Set<String> METRICS = Set.of("bounce_rate", "hard_bounce_rate", "block_rate", "complaint_rate",
            "unsubscribe_rate", "deferral_rate", "delivery_rate", "open_rate_human", "click_rate_human", "reply_rate",
            "volume_sent");

    /** The scope kinds the stream job groups traffic by. */
    public static final Set<String> SCOPE_KINDS = Set.of("tenant", "campaign", "sending_domain", "mailbox",
            "sending_ip", "mailbox_provider");

    /** The comparisons. */
    public static final Set<String> COMPARISONS = Set.of("above", "below");

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_SCOPE_VALUE_LENGTH = 512;
    static final int MAX_CHANNELS = 20;
    private static final Duration FINE_WINDOWS = Duration.ofHours(24);
    private static final Duration LONGEST_WINDOW = Duration.ofDays(7);

    /**
     * Every problem of {@code request} as {@code "<field> <message>"}; empty when the rule is valid.
     *
     * @param tenantId the caller's organisation: a {@code tenant} scope may only name it
     */
    public List<String> problems(AlertRuleRequest request, String tenantId) {
        List<String> problems = new ArrayList<>();
        if (request == null) {
            problems.add("body must be a JSON object");
            return problems;
        }
        if (request.name() != null && (request.name().isBlank() || request.name().length() > MAX_NAME_LENGTH)) {
            problems.add("name must be non-empty and at most " + MAX_NAME_LENGTH + " characters");
        }
        if (request.workspaceId() != null && request.workspaceId().isBlank()) {
            problems.add("workspace_id must be non-empty when given");
        }
        if (request.metric() == null) {
            problems.add("metric is required");
        } else if (!METRICS.contains(request.metric())) {
            problems.add("metric must be one of " + sorted(METRICS));
        }
        checkScope(request.scope(), tenantId, problems);
        if (request.comparison() != null && !COMPARISONS.contains(request.comparison())) {
            problems.add("comparison must be above or below");
        }
        if (request.threshold() == null) {
            problems.add("threshold is required");
        } else if (!Double.isFinite(request.threshold())) {
            problems.add("threshold must be a finite number");
        }
        checkWindow(request.window(), problems);
        if (request.minVolume() != null && request.minVolume() < 0) {
            problems.add("min_volume must be a whole number >= 0");
        }
        if (request.cooldown() != null) {
            Duration cooldown = duration(request.cooldown());
            if (cooldown == null) {
                problems.add("cooldown must be an ISO-8601 duration such as PT30M");
            } else if (cooldown.isNegative()) {
                problems.add("cooldown must not be negative");
            }
        }
        if (request.channels() != null) {
            if (request.channels().size() > MAX_CHANNELS) {
                problems.add("channels must list at most " + MAX_CHANNELS + " channels");
            }
            if (request.channels().stream().anyMatch(id -> id == null || id.isBlank())) {
                problems.add("channels must be channel ids");
            } else if (new LinkedHashSet<>(request.channels()).size() != request.channels().size()) {
                problems.add("channels must not repeat a channel");
            }
        }
        return problems;
    }

    /**
     * The rule {@code request} describes, with defaults applied and durations in their canonical ISO-8601 form.
     * Call only when {@link #problems} found none.
     */
    public AlertRule toRule(String id, String tenantId, AlertRuleRequest request, Instant createdAt, Instant updatedAt) {
        return new AlertRule(id, tenantId, request.workspaceId(), request.name() == null ? id : request.name(),
                request.metric(), new RuleScope(request.scope().kind(), request.scope().value()),
                request.comparison() == null ? "above" : request.comparison(), request.threshold(),
                Duration.parse(request.window()).toString(),
                request.minVolume() == null ? 0 : request.minVolume(),
                request.cooldown() == null ? Duration.ZERO.toString() : Duration.parse(request.cooldown()).toString(),
                request.enabled() == null || request.enabled(),
                request.channels() == null ? List.of() : request.channels(), createdAt, updatedAt);
    }

    private static void checkScope(RuleScope scope, String tenantId, List<String> problems) {
        if (scope == null || scope.kind() == null) {
            problems.add("scope.kind is required");
            return;
        }
        if (!SCOPE_KINDS.contains(scope.kind())) {
            problems.add("scope.kind must be one of " + sorted(SCOPE_KINDS));
        }
        if (scope.value() != null) {
            if (scope.value().isBlank() || scope.value().length() > MAX_SCOPE_VALUE_LENGTH) {
                problems.add("scope.value must be non-empty and at most " + MAX_SCOPE_VALUE_LENGTH
                        + " characters, or null for every scope of the kind");
            } else if ("tenant".equals(scope.kind()) && !scope.value().equals(tenantId)) {
                problems.add("scope.value of a tenant scope must be your organisation's id or null");
            }
        }
    }

    private static void checkWindow(String text, List<String> problems) {
        if (text == null) {
            problems.add("window is required");
            return;
        }
        Duration window = duration(text);
        if (window == null) {
            problems.add("window must be an ISO-8601 duration such as PT1H");
        } else if (window.isNegative() || window.isZero() || window.compareTo(LONGEST_WINDOW) > 0) {
            problems.add("window must be above 0 and at most 7 days");
        } else if (window.toMillis() % (window.compareTo(FINE_WINDOWS) <= 0 ? 60_000 : 3_600_000) != 0) {
            problems.add("window must be whole minutes (whole hours above 24 hours)");
        }
    }

    private static Duration duration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
