package com.penguinmails.operational.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetValidatorTest {

    @Test
    void acceptsAnEmailBudgetWithDefaults() {
        BudgetRequest request = new BudgetRequest("emails", new BigDecimal("100000"), null, null, true);

        assertThat(BudgetValidator.problems(request, true)).isEmpty();
        assertThat(BudgetValidator.thresholds(request)).containsExactly(50, 80, 100);
    }

    @Test
    void acceptsAMoneyBudgetForTheOrganisationOnly() {
        BudgetRequest request = new BudgetRequest("money", new BigDecimal("250.50"), "usd", List.of(90, 50), false);

        assertThat(BudgetValidator.problems(request, false)).isEmpty();
        assertThat(BudgetValidator.thresholds(request)).containsExactly(50, 90);
        assertThat(BudgetValidator.problems(request, true)).singleElement().asString().startsWith("unit ");
    }

    @Test
    void namesTheFieldOfEachProblem() {
        assertThat(BudgetValidator.problems(new BudgetRequest("coins", BigDecimal.ONE, null, null, null), false))
                .containsExactly("unit must be emails or money");
        assertThat(BudgetValidator.problems(new BudgetRequest("emails", new BigDecimal("-1"), null, null, null), false))
                .containsExactly("amount must be a positive number");
        assertThat(BudgetValidator.problems(new BudgetRequest("emails", new BigDecimal("10.5"), null, null, null),
                false)).containsExactly("amount must be a whole number of emails");
        assertThat(BudgetValidator.problems(new BudgetRequest("money", new BigDecimal("10.555"), "usd", null, null),
                false)).containsExactly("amount must have at most 2 decimals");
        assertThat(BudgetValidator.problems(new BudgetRequest("money", BigDecimal.TEN, "USD", null, null), false))
                .singleElement().asString().startsWith("currency ");
        assertThat(BudgetValidator.problems(new BudgetRequest("emails", BigDecimal.TEN, "usd", null, null), false))
                .containsExactly("currency is only for money budgets");
        assertThat(BudgetValidator.problems(new BudgetRequest("emails", BigDecimal.TEN, null, List.of(0, 101), null),
                false)).containsExactly("thresholds must be percentages from 1 to 100");
        assertThat(BudgetValidator.problems(new BudgetRequest("emails", BigDecimal.TEN, null, List.of(50, 50), null),
                false)).containsExactly("thresholds must not repeat");
        assertThat(BudgetValidator.problems(null, false)).containsExactly("body is required");
    }
}
