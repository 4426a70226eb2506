package com.penguinmails.operational.budgets;

import com.penguinmails.operational.billing.BillingAccount;
import com.penguinmails.operational.billing.BillingAccounts;
import com.penguinmails.operational.sendingholds.HoldReason;
import com.penguinmails.operational.sendingholds.SendingHolds;
import com.penguinmails.operational.usage.UsageMeter;
import com.penguinmails.operational.usage.UsageProjection;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks budgets against this month's usage: notifies each reached threshold once per month
 * ({@link BudgetNotifications}, keyed by {@code budget_notices}), and for a budget with a hard cap places a
 * {@link HoldReason#BUDGET_CAP} hold at 100 % and lifts it below (the budget raised, or a new month). Each budget is
 * checked in its own transaction under a row lock taken with {@code SKIP LOCKED}, so several instances share the work.
 *
 * <p>Used: email budgets count the scope's {@code send} events in the month; money budgets the organisation's
 * estimated overage charge for the month (plan price per started thousand beyond the included volume).
 */
public final class BudgetEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(BudgetEvaluator.class);

    private final Jdbi jdbi;
    private final BudgetDao budgets;
    private final BillingAccounts accounts;
    private final UsageMeter meter;
    private final SendingHolds holds;
    private final BudgetNotifications notifications;
    private final Clock clock;

    public BudgetEvaluator(Jdbi jdbi, BudgetDao budgets, BillingAccounts accounts, UsageMeter meter,
            SendingHolds holds, BudgetNotifications notifications, Clock clock) {
        this.jdbi = jdbi;
        this.budgets = budgets;
        this.accounts = accounts;
        this.meter = meter;
        this.holds = holds;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Checks every budget; returns 0 (periodic work). A budget that fails is logged and checked next round. */
    public int runOnce() {
        for (Budget budget : jdbi.withHandle(budgets::all)) {
            try {
                evaluate(budget.tenantId(), budget.workspaceId());
            } catch (RuntimeException e) {
                LOG.warn("budget of {} {}: check failed, retried next round: {}", budget.tenantId(),
                        budget.workspaceId() == null ? "(organisation)" : budget.workspaceId(), e.toString());
            }
        }
        return 0;
    }

    /**
     * Checks the budget of one scope now and acts on it; with no budget there, lifts a budget hold left behind.
     *
     * @return the budget's status, or empty when there is none or another instance is checking it
     */
    public Optional<BudgetStatus> evaluate(String tenantId, String workspaceId) {
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            Optional<Budget> locked = budgets.lock(handle, tenantId, workspaceId);
            if (locked.isEmpty()) {
                if (budgets.find(handle, tenantId, workspaceId).isEmpty()) {
                    holds.lift(handle, tenantId, Optional.ofNullable(workspaceId), HoldReason.BUDGET_CAP);
                }
                return Optional.<BudgetStatus>empty();
            }
            Budget budget = locked.get();
            Optional<BillingAccount> account = accounts.find(handle, tenantId);
            BudgetMonth month = BudgetMonth.of(account, now);
            BigDecimal used = used(budget, account, month, now);
            BigDecimal percent = BudgetStatus.percent(used, budget.amountValue());
            for (int threshold : budget.thresholds()) {
                if (percent.compareTo(BigDecimal.valueOf(threshold)) >= 0
                        && budgets.recordNotice(handle, budget, month.start(), threshold, used, now)) {
                    notifications.thresholdReached(handle, budget, month, threshold, used, percent, now);
                }
            }
            boolean held = budget.hardCap() && percent.compareTo(BigDecimal.valueOf(100)) >= 0;
            Optional<String> scope = Optional.ofNullable(workspaceId);
            if (held) {
                holds.place(handle, tenantId, scope, HoldReason.BUDGET_CAP, "the monthly budget of "
                        + budget.amount() + " " + (Budget.EMAILS.equals(budget.unit()) ? "emails" : budget.currency())
                        + " is used up (" + used.toPlainString() + " since " + month.start() + ")");
            } else {
                holds.lift(handle, tenantId, scope, HoldReason.BUDGET_CAP);
            }
            return Optional.of(new BudgetStatus(budget, month.start(), month.end(), used.toPlainString(),
                    percent.toPlainString(), budgets.notified(handle, tenantId, workspaceId, month.start()), held));
        });
    }

    /** The budget's status without acting on it (for reading). */
    public BudgetStatus status(Handle handle, Budget budget) {
        Instant now = clock.instant();
        Optional<BillingAccount> account = accounts.find(handle, budget.tenantId());
        BudgetMonth month = BudgetMonth.of(account, now);
        BigDecimal used = used(budget, account, month, now);
        BigDecimal percent = BudgetStatus.percent(used, budget.amountValue());
        boolean held = budget.hardCap() && percent.compareTo(BigDecimal.valueOf(100)) >= 0;
        return new BudgetStatus(budget, month.start(), month.end(), used.toPlainString(), percent.toPlainString(),
                budgets.notified(handle, budget.tenantId(), budget.workspaceId(), month.start()), held);
    }

    private BigDecimal used(Budget budget, Optional<BillingAccount> account, BudgetMonth month, Instant now) {
        Instant upTo = now.isBefore(month.end()) ? now : month.end();
        Map<String, Long> sent = meter.sentPerWorkspace(budget.tenantId(), month.start(), upTo);
        if (Budget.EMAILS.equals(budget.unit())) {
            long emails = budget.workspaceId() == null
                    ? sent.values().stream().mapToLong(Long::longValue).sum()
                    : sent.getOrDefault(budget.workspaceId(), 0L);
            return BigDecimal.valueOf(emails);
        }
        if (account.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        long total = sent.values().stream().mapToLong(Long::longValue).sum();
        return UsageProjection.overageCost(UsageProjection.overage(total, account.get().includedEmails()),
                account.get().overagePricePerThousand());
    }
}
