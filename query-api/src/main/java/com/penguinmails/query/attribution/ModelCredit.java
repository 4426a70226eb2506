package com.penguinmails.query.attribution;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one model credits to one row: conversions (fractional: the sum of the row's credits) and revenue per
 * currency (never converted; conversions without a value add no revenue).
 *
 * @param conversions credited conversions
 * @param revenue revenue per ISO 4217 currency code
 */
public record ModelCredit(@JsonProperty("conversions") double conversions,
        @JsonProperty("revenue") Map<String, Double> revenue) {

    public ModelCredit {
        revenue = new TreeMap<>(revenue);
    }

    /** Nothing credited. */
    public static ModelCredit none() {
        return new ModelCredit(0, Map.of());
    }

    /** This credit plus {@code conversions} and {@code revenue} in {@code currency} ({@code ""}: no revenue). */
    public ModelCredit plus(double moreConversions, String currency, double moreRevenue) {
        Map<String, Double> sums = new TreeMap<>(revenue);
        if (!currency.isEmpty()) {
            sums.merge(currency, moreRevenue, Double::sum);
        }
        return new ModelCredit(conversions + moreConversions, sums);
    }
}
