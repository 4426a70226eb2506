package com.penguinmails.operational.infrastructure;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** A server plan's price in the {@code infrastructure.plans} configuration: a monthly cost and its currency. */
public class ServerPlan {

    @NotNull
    @DecimalMin("0")
    private BigDecimal monthlyCost = BigDecimal.ZERO;

    @NotNull
    @Pattern(regexp = "[A-Z]{3}")
    private String currency = "USD";

    @JsonProperty
    public BigDecimal getMonthlyCost() {
        return monthlyCost;
    }

    @JsonProperty
    public void setMonthlyCost(BigDecimal monthlyCost) {
        this.monthlyCost = monthlyCost;
    }

    @JsonProperty
    public String getCurrency() {
        return currency;
    }

    @JsonProperty
    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
