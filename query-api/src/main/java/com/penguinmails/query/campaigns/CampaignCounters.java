package com.penguinmails.query.campaigns;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.request.Audience;

/**
 * The deliverability counters of one group of campaign activity (a campaign, a variant, a time bucket), summed from
 * the {@code deliverability_*} tables: events in the range, each counted where it occurred.
 *
 * @param sent send events (one per message sent)
 * @param delivered delivered events
 * @param bounced bounces of every type (hard, soft, block, undetermined)
 * @param complaints spam complaints
 * @param unsubscribes unsubscribes
 * @param opensAll every open, machines included
 * @param opensUnique messages with a human open (the enrichment's first_of_message flag: one per message)
 * @param clicksAll every click, scanners included
 * @param clicksUnique messages with a human click (one per message)
 * @param replies replies that are not auto-replies
 */
public record CampaignCounters(long sent, long delivered, long bounced, long complaints, long unsubscribes,
        long opensAll, long opensUnique, long clicksAll, long clicksUnique, long replies) {

    /** No activity at all. */
    public static final CampaignCounters ZERO = new CampaignCounters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The SELECT expressions summing the counters under the names {@link #read} expects. */
    static final String SUMS = """
            toInt64(sum(sent)) AS sent,
                   toInt64(sum(delivered)) AS delivered,
                   toInt64(sum(bounced_hard + bounced_soft + bounced_block + bounced_undetermined)) AS bounced,
                   toInt64(sum(complaints)) AS complaints,
                   toInt64(sum(unsubscribes)) AS unsubscribes,
                   toInt64(sum(opens_all)) AS opens_all,
                   toInt64(sum(opens_unique)) AS opens_unique,
                   toInt64(sum(clicks_all)) AS clicks_all,
                   toInt64(sum(clicks_unique)) AS clicks_unique,
                   toInt64(sum(replies_human)) AS replies""";

    /** Reads the counters of one row of a query selecting {@link #SUMS}. */
    public static CampaignCounters read(GenericRecord row) {
        return new CampaignCounters(row.getLong("sent"), row.getLong("delivered"), row.getLong("bounced"),
                row.getLong("complaints"), row.getLong("unsubscribes"), row.getLong("opens_all"),
                row.getLong("opens_unique"), row.getLong("clicks_all"), row.getLong("clicks_unique"),
                row.getLong("replies"));
    }

    /** Opens as {@code audience} counts them: every open event for all, messages with a human open for human. */
    public long opens(Audience audience) {
        return audience == Audience.ALL ? opensAll : opensUnique;
    }

    /** Clicks as {@code audience} counts them: every click event for all, messages with a human click for human. */
    public long clicks(Audience audience) {
        return audience == Audience.ALL ? clicksAll : clicksUnique;
    }
}
