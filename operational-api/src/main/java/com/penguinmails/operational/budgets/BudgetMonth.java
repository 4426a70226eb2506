package com.penguinmails.operational.budgets;

import com.penguinmails.operational.billing.BillingAccount;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The month a budget counts in: the organisation's current billing period when it has a subscription (plans bill
 * monthly, so budget and invoice agree), else the calendar month in UTC. Pure.
 *
 * @param start inclusive
 * @param end exclusive
 */
public record BudgetMonth(Instant start, Instant end) {

    /** The month containing {@code now}. */
    public static BudgetMonth of(Optional<BillingAccount> account, Instant now) {
        if (account.isPresent() && !now.isBefore(account.get().periodStart())
                && now.isBefore(account.get().periodEnd())) {
            return new BudgetMonth(account.get().periodStart(), account.get().periodEnd());
        }
        ZonedDateTime first = now.atZone(ZoneOffset.UTC).withDayOfMonth(1).toLocalDate().atStartOfDay(ZoneOffset.UTC);
        return new BudgetMonth(first.toInstant(), first.plusMonths(1).toInstant());
    }
}
