package com.penguinmails.query.cohorts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of the retention matrix: a cohort (the contacts whose cohort time falls in one period) and its cells for
 * k = 0 .. n - 1.
 *
 * @param start the local date the cohort's period starts on (request's time zone)
 * @param size contacts in the cohort
 * @param periods one cell per k, in order
 */
public record Cohort(
        @JsonProperty("start") @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate start,
        @JsonProperty("size") long size,
        @JsonProperty("periods") List<RetentionCell> periods) {

    /** Decimals of shares and of per-contact values. */
    static final int SCALE = 4;

    public Cohort {
        periods = List.copyOf(periods);
    }

    /** Builds the row from the store's counts: shares, period starts and cumulative values per currency. */
    public static Cohort of(CohortCounts counts, CohortPeriod period) {
        int n = counts.active().size();
        List<Map<String, BigDecimal>> valueIn = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            valueIn.add(new TreeMap<>());
        }
        for (ConversionValue value : counts.values()) {
            if (value.period() >= 0 && value.period() < n) {
                valueIn.get(value.period()).merge(value.currency(), value.amount(), BigDecimal::add);
            }
        }
        List<RetentionCell> cells = new ArrayList<>(n);
        Map<String, BigDecimal> cumulative = new TreeMap<>();
        for (int k = 0; k < n; k++) {
            valueIn.get(k).forEach((currency, amount) -> cumulative.merge(currency, amount, BigDecimal::add));
            Map<String, BigDecimal> value = new TreeMap<>();
            Map<String, BigDecimal> ltv = new TreeMap<>();
            cumulative.forEach((currency, amount) -> {
                value.put(currency, amount.setScale(SCALE, RoundingMode.HALF_UP));
                ltv.put(currency, perContact(amount, counts.size()));
            });
            long active = counts.active().get(k);
            long activeUnbounded = counts.activeUnbounded().get(k);
            cells.add(new RetentionCell(k, period.plus(counts.start(), k), active, share(active, counts.size()),
                    activeUnbounded, share(activeUnbounded, counts.size()), Collections.unmodifiableMap(value),
                    Collections.unmodifiableMap(ltv)));
        }
        return new Cohort(counts.start(), counts.size(), cells);
    }

    static double share(long part, long whole) {
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP).doubleValue();
    }

    static BigDecimal perContact(BigDecimal amount, long contacts) {
        if (contacts == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return amount.divide(BigDecimal.valueOf(contacts), SCALE, RoundingMode.HALF_UP);
    }
}
