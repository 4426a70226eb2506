package com.penguinmails.streamjobs.attribution;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A conversion with the touches that count for it, in journey order, and each model's credit of each touch.
 *
 * <p>For an attributed conversion each model's credits sum to exactly 1.0 when added up in journey order (see
 * {@link AttributionCalculator}). An unattributed conversion has no touches and no credits.
 */
public final class Journey {

    private final Conversion conversion;
    private final List<Touch> touches;
    private final double[][] credits;

    Journey(Conversion conversion, List<Touch> touches, double[][] credits) {
        this.conversion = Objects.requireNonNull(conversion, "conversion");
        this.touches = List.copyOf(touches);
        this.credits = credits;
    }

    /** The conversion. */
    public Conversion conversion() {
        return conversion;
    }

    /** The counted touches, ordered by time then event id; empty when unattributed. */
    public List<Touch> touches() {
        return touches;
    }

    /** Whether at least one touch counts. */
    public boolean attributed() {
        return !touches.isEmpty();
    }

    /**
     * The share of the conversion that {@code model} gives the touch at {@code index} of {@link #touches()}, 0..1.
     *
     * @throws IndexOutOfBoundsException if there is no such touch
     */
    public double credit(AttributionModel model, int index) {
        return credits[model.ordinal()][index];
    }

    /** The revenue {@code model} gives the touch at {@code index}: its credit times the conversion's value. */
    public double revenue(AttributionModel model, int index) {
        return credit(model, index) * conversion.valueOrZero();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Journey journey && conversion.equals(journey.conversion)
                && touches.equals(journey.touches) && Arrays.deepEquals(credits, journey.credits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(conversion, touches, Arrays.deepHashCode(credits));
    }

    @Override
    public String toString() {
        return "Journey[" + conversion + ", " + touches + ", " + Arrays.deepToString(credits) + "]";
    }
}
