package com.penguinmails.query.cohorts;

import com.penguinmails.query.request.InvalidQueryParameterException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The event that makes a cohort's contact "active" in a period: a human open (engagement class human or
 * image_proxy), a human click (human), a reply that is not an auto-reply, or a conversion (any type, with or without
 * a value).
 */
public enum CohortActivity {
    OPEN("opens"),
    CLICK("clicks"),
    REPLY("replies"),
    CONVERSION(null);

    private final String column;

    CohortActivity(String column) {
        this.column = column;
    }

    /** The activity's name as the API spells it ({@code open}, {@code click}, {@code reply}, {@code conversion}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The aggregate expression over one contact's {@code cohort_activity} rows giving the times of this activity:
     * engagement from the rows {@code scope} selects (the campaign's, or all), conversions from every row read.
     */
    String timesExpression(String scope) {
        if (column == null) {
            return "arrayMap(c -> toDateTime(c.occurred_at, 'UTC'), arrayDistinct(groupArrayArray(conversions)))";
        }
        return "groupArrayArrayIf(" + column + ", " + scope + ")";
    }

    /**
     * The activity named by a query parameter.
     *
     * @throws InvalidQueryParameterException when the text names no activity
     */
    public static CohortActivity parse(String text) {
        return Arrays.stream(values()).filter(activity -> activity.wireName().equals(text)).findFirst()
                .orElseThrow(() -> new InvalidQueryParameterException("activity must be one of "
                        + Arrays.stream(values()).map(CohortActivity::wireName).collect(Collectors.joining(", "))));
    }
}
