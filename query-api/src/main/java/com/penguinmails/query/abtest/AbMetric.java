package com.penguinmails.query.abtest;

import com.penguinmails.query.campaigns.CampaignCounters;
import com.penguinmails.query.request.InvalidQueryParameterException;
import java.util.Locale;

/**
 * The metric an A/B test is judged on; each is a per-message success, divided by messages sent (every variant is
 * judged on the messages it was assigned, so a variant cannot look better by bouncing more).
 *
 * <ul>
 *   <li>{@code reply} (default): replies that are not auto-replies. Cold outreach is judged on replies: opens are
 *       inflated by Apple Mail Privacy Protection and image proxies, clicks by security scanners and many cold emails
 *       carry no link, while a reply is a person answering.</li>
 *   <li>{@code open}, {@code click}: messages with a human open / human click (one per message, the enrichment's
 *       first_of_message flag); only with {@code audience=human}, since machine opens and clicks are not counted per
 *       message and would say nothing about the copy.</li>
 *   <li>{@code conversion}: last-touch attributed conversions.</li>
 * </ul>
 */
public enum AbMetric {
    OPEN,
    CLICK,
    REPLY,
    CONVERSION;

    /** The query parameter naming the metric. */
    public static final String PARAMETER = "metric";

    /**
     * The metric named {@code text}.
     *
     * @throws InvalidQueryParameterException for any other name
     */
    public static AbMetric parse(String text) {
        for (AbMetric metric : values()) {
            if (metric.wireName().equals(text)) {
                return metric;
            }
        }
        throw new InvalidQueryParameterException("metric must be one of open, click, reply, conversion");
    }

    /** The name in requests and answers. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the metric counts opens or clicks, which only the human audience counts per message. */
    boolean needsHumanAudience() {
        return this == OPEN || this == CLICK;
    }

    /** The variant's successes on this metric, before capping at its sends. */
    long successes(CampaignCounters counters, long conversions) {
        return switch (this) {
            case OPEN -> counters.opensUnique();
            case CLICK -> counters.clicksUnique();
            case REPLY -> counters.replies();
            case CONVERSION -> conversions;
        };
    }
}
