package com.penguinmails.query.deliverability;

import com.penguinmails.query.request.InvalidQueryParameterException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The dimension a deliverability report is broken down by, each a column of the deliverability tables. */
public enum DeliverabilityGrouping {
    PROVIDER("provider", "mailbox_provider"),
    SENDING_DOMAIN("sending_domain", "sending_domain"),
    SENDING_IP("sending_ip", "sending_ip"),
    MAILBOX("mailbox", "mailbox"),
    CAMPAIGN("campaign", "campaign_id");

    private final String wireName;
    private final String column;

    DeliverabilityGrouping(String wireName, String column) {
        this.wireName = wireName;
        this.column = column;
    }

    /** The value of {@code group_by} naming this grouping. */
    public String wireName() {
        return wireName;
    }

    /** The aggregate tables' column; a fixed identifier, never caller text. */
    public String column() {
        return column;
    }

    /**
     * The grouping a {@code group_by} parameter names.
     *
     * @throws InvalidQueryParameterException when it names none
     */
    public static DeliverabilityGrouping parse(String text) {
        for (DeliverabilityGrouping grouping : values()) {
            if (grouping.wireName.equals(text)) {
                return grouping;
            }
        }
        throw new InvalidQueryParameterException("group_by must be one of "
                + Arrays.stream(values()).map(DeliverabilityGrouping::wireName).collect(Collectors.joining(", ")));
    }
}
