package com.penguinmails.operational.billing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A plan of the catalogue on the wire; amounts as decimal strings in {@code currency}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PlanView(String code, String name, String currency, String monthlyPrice, long includedEmails,
        String overagePricePerThousand) {

    /** The view of a plan. */
    public static PlanView of(Plan plan) {
        return new PlanView(plan.code(), plan.name(), plan.currency(),
                MinorUnits.display(plan.monthlyPrice(), plan.currency()), plan.includedEmails(),
                MinorUnits.display(plan.overagePricePerThousand(), plan.currency()));
    }
}
