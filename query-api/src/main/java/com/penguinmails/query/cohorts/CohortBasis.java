package com.penguinmails.query.cohorts;

import com.penguinmails.query.request.InvalidQueryParameterException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What puts a contact into a cohort: the time of its first send, or of its first human engagement. */
public enum CohortBasis {
    /** The contact's first {@code send} event (in the campaign, when one is chosen). */
    FIRST_SEND("first_send"),
    /** The contact's first human open, human click or human reply (in the campaign, when one is chosen). */
    FIRST_ENGAGEMENT("first_engagement");

    private final String column;

    CohortBasis(String column) {
        this.column = column;
    }

    /** The basis's name as the API spells it ({@code first_send}, {@code first_engagement}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The column of {@code cohort_activity} holding the time. */
    String column() {
        return column;
    }

    /**
     * The basis named by a query parameter.
     *
     * @throws InvalidQueryParameterException when the text names no basis
     */
    public static CohortBasis parse(String text) {
        return Arrays.stream(values()).filter(basis -> basis.wireName().equals(text)).findFirst()
                .orElseThrow(() -> new InvalidQueryParameterException("cohort_by must be one of "
                        + Arrays.stream(values()).map(CohortBasis::wireName).collect(Collectors.joining(", "))));
    }
}
