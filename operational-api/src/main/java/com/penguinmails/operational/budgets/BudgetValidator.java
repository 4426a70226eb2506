package com.penguinmails.operational.budgets;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Checks a {@link BudgetRequest}; each message starts with the field's JSON name. Pure. */
public final class BudgetValidator {

    /** Thresholds used when a request names none. */
    public static final List<Integer> DEFAULT_THRESHOLDS = List.of(50, 80, 100);

    private BudgetValidator() {
    }

    /** The problems of {@code request} for an organisation budget ({@code forWorkspace} false) or a workspace's. */
    public static List<String> problems(BudgetRequest request, boolean forWorkspace) {
        List<String> problems = new ArrayList<>();
        if (request == null) {
            return List.of("body is required");
        }
        boolean money = Budget.MONEY.equals(request.unit());
        if (!Budget.EMAILS.equals(request.unit()) && !money) {
            problems.add("unit must be emails or money");
        }
        if (money && forWorkspace) {
            problems.add("unit must be emails for a workspace budget (charges are billed per organisation)");
        }
        if (request.amount() == null || request.amount().signum() <= 0) {
            problems.add("amount must be a positive number");
        } else if (money && request.amount().stripTrailingZeros().scale() > 2) {
            problems.add("amount must have at most 2 decimals");
        } else if (!money && request.amount().stripTrailingZeros().scale() > 0) {
            problems.add("amount must be a whole number of emails");
        } else if (request.amount().precision() - request.amount().scale() > 16) {
            problems.add("amount is too large");
        }
        if (money && (request.currency() == null || !request.currency().matches("[a-z]{3}"))) {
            problems.add("currency must be an ISO 4217 code in lower case, e.g. usd");
        }
        if (!money && request.currency() != null) {
            problems.add("currency is only for money budgets");
        }
        if (request.thresholds() != null) {
            if (request.thresholds().isEmpty() || request.thresholds().size() > 10) {
                problems.add("thresholds must hold 1 to 10 percentages");
            } else if (request.thresholds().stream().anyMatch(t -> t == null || t < 1 || t > 100)) {
                problems.add("thresholds must be percentages from 1 to 100");
            } else if (new TreeSet<>(request.thresholds()).size() != request.thresholds().size()) {
                problems.add("thresholds must not repeat");
            }
        }
        return problems;
    }

    /** The request's thresholds, ascending, or {@link #DEFAULT_THRESHOLDS}. */
    public static List<Integer> thresholds(BudgetRequest request) {
        return request.thresholds() == null ? DEFAULT_THRESHOLDS : List.copyOf(new TreeSet<>(request.thresholds()));
    }
}
