package com.penguinmails.query.request;

import java.util.Locale;

/**
 * One dimension a dashboard view can be narrowed by: its query parameter, the {@code events} column holding it and
 * the ClickHouse type its bound parameter is declared with. Tables derived from {@code events} keep the same column
 * names, so one mapping serves every view that has the column.
 */
public enum AnalyticsFilter {
    WORKSPACE("workspace_id", "workspace_id", "String"),
    CAMPAIGN("campaign_id", "campaign_id", "String"),
    VARIANT("variant", "variant", "String"),
    STEP("step", "sequence_step", "UInt16"),
    SENDING_DOMAIN("sending_domain", "sending_domain", "String"),
    MAILBOX("mailbox", "mailbox", "String"),
    PROVIDER("provider", "mailbox_provider", "String");

    /** The longest filter value accepted, in UTF-16 code units. */
    public static final int MAX_VALUE_LENGTH = 256;

    private final String parameter;
    private final String column;
    private final String clickHouseType;

    AnalyticsFilter(String parameter, String column, String clickHouseType) {
        this.parameter = parameter;
        this.column = column;
        this.clickHouseType = clickHouseType;
    }

    /** The query-string name, e.g. {@code sending_domain}. */
    public String parameter() {
        return parameter;
    }

    /** The column in {@code events} and its derived tables; a fixed identifier, never caller text. */
    public String column() {
        return column;
    }

    /** The placeholder name this filter binds its value to, e.g. {@code filter_campaign}. */
    public String placeholder() {
        return "filter_" + name().toLowerCase(Locale.ROOT);
    }

    /** The ClickHouse type of the placeholder. */
    public String clickHouseType() {
        return clickHouseType;
    }

    /**
     * Checks one caller-supplied value and returns it in the text form its placeholder takes.
     *
     * @throws InvalidQueryParameterException when the value is empty, too long, or (for {@code step}) not a
     *     sequence step between 1 and 65535
     */
    public String validate(String value) {
        if (value.isEmpty()) {
            throw new InvalidQueryParameterException(parameter + " must not be empty; leave it out to cover all");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new InvalidQueryParameterException(
                    parameter + " must be at most " + MAX_VALUE_LENGTH + " characters; got " + value.length());
        }
        if (this == STEP) {
            int step;
            try {
                step = Integer.parseInt(value);
            } catch (NumberFormatException notANumber) {
                throw new InvalidQueryParameterException(
                        "step must be a whole number from 1 to 65535; got " + QueryParameters.quote(value));
            }
            if (step < 1 || step > 65_535) {
                throw new InvalidQueryParameterException("step must be from 1 to 65535; got " + step);
            }
            return Integer.toString(step);
        }
        return value;
    }
}
