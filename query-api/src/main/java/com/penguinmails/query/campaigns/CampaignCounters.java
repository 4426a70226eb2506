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

    /**
     * The SELECT expressions summing the counters under the names {@link #read} expects; the {@code n_} aliases keep
     * the table's own column names free for other expressions of the query (e.g. {@code minIf(bucket, sent > 0)}).
     */
    static final String SUMS = """
            toInt64(sum(sent)) AS n_sent,
                   toInt64(sum(delivered)) AS n_delivered,
                   toInt64(sum(bounced_hard + bounced_soft + bounced_block + bounced_undetermined)) AS n_bounced,
                   toInt64(sum(complaints)) AS n_complaints,
                   toInt64(sum(unsubscribes)) AS n_unsubscribes,
                   toInt64(sum(opens_all)) AS n_opens_all,
                   toInt64(sum(opens_unique)) AS n_opens_unique,
                   toInt64(sum(clicks_all)) AS n_clicks_all,
                   toInt64(sum(clicks_unique)) AS n_clicks_unique,
                   toInt64(sum(replies_human)) AS n_replies""";

    /** Reads the counters of one row of a query selecting {@link #SUMS}. */
    public static CampaignCounters read(GenericRecord row) {
        return new CampaignCounters(row.getLong("n_sent"), row.getLong("n_delivered"), row.getLong("n_bounced"),
                row.getLong("n_complaints"), row.getLong("n_unsubscribes"), row.getLong("n_opens_all"),
                row.getLong("n_opens_unique"), row.getLong("n_clicks_all"), row.getLong("n_clicks_unique"),
                row.getLong("n_replies"));
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
