package com.penguinmails.query.attribution;

import com.penguinmails.query.request.InvalidQueryParameterException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What an attribution report's rows are: per campaign, per campaign and variant, or per campaign and sequence step
 * (variants and steps are labels inside a campaign, so they are always shown with it).
 */
public enum AttributionGrouping {
    CAMPAIGN("campaign", false, false),
    VARIANT("variant", true, false),
    STEP("step", false, true);

    private final String wireName;
    private final boolean byVariant;
    private final boolean byStep;

    AttributionGrouping(String wireName, boolean byVariant, boolean byStep) {
        this.wireName = wireName;
        this.byVariant = byVariant;
        this.byStep = byStep;
    }

    /** The value of {@code group_by} naming this grouping. */
    public String wireName() {
        return wireName;
    }

    /** Whether rows are split by variant. */
    public boolean byVariant() {
        return byVariant;
    }

    /** Whether rows are split by sequence step. */
    public boolean byStep() {
        return byStep;
    }

    /**
     * The grouping a {@code group_by} parameter names.
     *
     * @throws InvalidQueryParameterException when it names none
     */
    public static AttributionGrouping parse(String text) {
        for (AttributionGrouping grouping : values()) {
            if (grouping.wireName.equals(text)) {
                return grouping;
            }
        }
        throw new InvalidQueryParameterException("group_by must be one of "
                + Arrays.stream(values()).map(AttributionGrouping::wireName).collect(Collectors.joining(", ")));
    }
}
