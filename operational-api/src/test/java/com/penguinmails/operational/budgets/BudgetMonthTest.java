package com.penguinmails.operational.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.operational.billing.BillingAccount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetMonthTest {

    private static final BillingAccount ACCOUNT = new BillingAccount("acme", "growth", 50_000,
            new BigDecimal("1.20"), "usd", Instant.parse("2026-11-15T08:00:00Z"), Instant.parse("2026-12-15T08:00:00Z"),
            "cus_1", "sub_1", "active");

    @Test
    void isTheBillingPeriodWhileItRuns() {
        assertThat(BudgetMonth.of(Optional.of(ACCOUNT), Instant.parse("2026-11-26T00:00:00Z")))
                .isEqualTo(new BudgetMonth(ACCOUNT.periodStart(), ACCOUNT.periodEnd()));
    }

    @Test
    void isTheCalendarMonthWithoutASubscriptionOrOutsideItsPeriod() {
        BudgetMonth november = new BudgetMonth(Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"));

        assertThat(BudgetMonth.of(Optional.empty(), Instant.parse("2026-11-26T10:00:00Z"))).isEqualTo(november);
        assertThat(BudgetMonth.of(Optional.of(ACCOUNT), Instant.parse("2026-11-02T00:00:00Z"))).isEqualTo(november);
    }
}
