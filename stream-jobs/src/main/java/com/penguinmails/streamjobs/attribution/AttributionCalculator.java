package com.penguinmails.streamjobs.attribution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Computes every {@link AttributionModel} for one conversion from the contact's touches: plain arithmetic, no clock,
 * no framework.
 *
 * <p>A touch counts when {@code conversion - lookback <= touch <= conversion} (both ends inclusive: a touch at the
 * very instant of the conversion counts, one a millisecond after never does). Counted touches are ordered by time,
 * then by event id, so equal times give the same journey on every run. Every model's credits are computed in that
 * order and the last touch takes {@code 1 - (sum of the others)}, which makes them add up to exactly 1.0 in doubles.
 */
public final class AttributionCalculator {

    private final Duration halfLife;

    /** @param halfLife the time-decay half-life; positive */
    public AttributionCalculator(Duration halfLife) {
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("Half-life must be positive: " + halfLife);
        }
        this.halfLife = halfLife;
    }

    /**
     * The journey of {@code conversion}: the touches in its lookback window and each model's credits.
     *
     * @param touches the contact's touches, any order, any time; those outside the window are left out
     * @param lookback how far before the conversion a touch may be; not negative
     */
    public Journey attribute(Conversion conversion, Collection<Touch> touches, Duration lookback) {
        Objects.requireNonNull(conversion, "conversion");
        if (lookback.isNegative()) {
            throw new IllegalArgumentException("Lookback must not be negative: " + lookback);
        }
        long end = conversion.occurredAtMillis();
        long start = end - lookback.toMillis();
        List<Touch> counted = new ArrayList<>();
        for (Touch touch : touches) {
            if (touch.occurredAtMillis() >= start && touch.occurredAtMillis() <= end) {
                counted.add(touch);
            }
        }
        counted.sort(Touch.JOURNEY_ORDER);
        double[][] credits = new double[AttributionModel.values().length][];
        if (!counted.isEmpty()) {
            for (AttributionModel model : AttributionModel.values()) {
                credits[model.ordinal()] = closeToOne(weights(model, counted, end));
            }
        }
        return new Journey(conversion, counted, credits);
    }

    private double[] weights(AttributionModel model, List<Touch> touches, long conversionMillis) {
        int n = touches.size();
        double[] weights = new double[n];
        switch (model) {
            case FIRST_TOUCH -> weights[0] = 1;
            case LAST_TOUCH -> weights[n - 1] = 1;
            case LINEAR -> Arrays.fill(weights, 1.0 / n);
            case TIME_DECAY -> {
                double halfLifeMillis = halfLife.toMillis();
                double total = 0;
                for (int i = 0; i < n; i++) {
                    weights[i] = Math.pow(2, -(conversionMillis - touches.get(i).occurredAtMillis()) / halfLifeMillis);
                    total += weights[i];
                }
                for (int i = 0; i < n; i++) {
                    weights[i] /= total;
                }
            }
            case POSITION_BASED -> positionBased(weights);
        }
        return weights;
    }

    private static void positionBased(double[] weights) {
        int n = weights.length;
        if (n == 1) {
            weights[0] = 1;
        } else if (n == 2) {
            weights[0] = 0.5;
            weights[1] = 0.5;
        } else {
            weights[0] = 0.4;
            weights[n - 1] = 0.4;
            for (int i = 1; i < n - 1; i++) {
                weights[i] = 0.2 / (n - 2);
            }
        }
    }

    /**
     * Gives the last touch the remainder so the credits add up to exactly 1.0 in journey order: for a sum s of the
     * others in [0, 1], s + (1 - s) rounds to 1 in binary floating point.
     */
    private static double[] closeToOne(double[] weights) {
        double others = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            others += weights[i];
        }
        weights[weights.length - 1] = 1 - others;
        return weights;
    }
}
