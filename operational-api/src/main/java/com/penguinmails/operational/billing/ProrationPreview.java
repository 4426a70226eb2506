package com.penguinmails.operational.billing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * What a plan change would cost, from Stripe's invoice preview: the proration lines (credit for the unused time on the
 * current plan, charge for the rest of the period on the new one), their sum, and the preview invoice's total and
 * amount due. Amounts are decimal strings in {@code currency}, never floating point.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProrationPreview(
        String fromPlan,
        String toPlan,
        String prorationBehavior,
        Instant prorationDate,
        String currency,
        String prorationAmount,
        String total,
        String amountDue,
        List<Line> lines) {

    /** One line of the preview invoice. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Line(String description, String amount, boolean proration) {
    }
}
