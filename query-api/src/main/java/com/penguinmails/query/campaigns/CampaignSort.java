package com.penguinmails.query.campaigns;

import com.penguinmails.query.request.InvalidQueryParameterException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The order of the campaign list: by a figure, largest first (campaign id ascending among equals), or by
 * {@code campaign_id} ascending.
 */
public enum CampaignSort {
    SENDS(CampaignKpis::sends),
    DELIVERED(CampaignKpis::delivered),
    BOUNCE_RATE(CampaignKpis::bounceRate),
    OPEN_RATE(CampaignKpis::openRate),
    CLICK_RATE(CampaignKpis::clickRate),
    REPLY_RATE(CampaignKpis::replyRate),
    COMPLAINT_RATE(CampaignKpis::complaintRate),
    CONVERSIONS(kpis -> kpis.conversions() == null ? -1 : kpis.conversions()),
    LAST_SEND(kpis -> kpis.lastSend() == null ? Long.MIN_VALUE : kpis.lastSend().toEpochMilli()),
    CAMPAIGN_ID(null);

    /** The query parameter naming the order. */
    public static final String PARAMETER = "sort";

    private final ToDoubleFunction<CampaignKpis> figure;

    CampaignSort(ToDoubleFunction<CampaignKpis> figure) {
        this.figure = figure;
    }

    /**
     * The sort named {@code text}.
     *
     * @throws InvalidQueryParameterException for any other name, listing the accepted ones
     */
    public static CampaignSort parse(String text) {
        for (CampaignSort sort : values()) {
            if (sort.wireName().equals(text)) {
                return sort;
            }
        }
        throw new InvalidQueryParameterException("sort must be one of "
                + Arrays.stream(values()).map(CampaignSort::wireName).collect(Collectors.joining(", ")));
    }

    /** The name in requests, e.g. {@code reply_rate}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Orders campaigns by this sort. */
    public Comparator<CampaignKpis> comparator() {
        Comparator<CampaignKpis> byId = Comparator.comparing(CampaignKpis::campaignId);
        if (figure == null) {
            return byId;
        }
        return Comparator.comparingDouble(figure).reversed().thenComparing(byId);
    }
}
