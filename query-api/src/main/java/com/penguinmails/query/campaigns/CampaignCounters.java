package com.penguinmails.query.campaigns;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.request.Audience;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

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

    /** Each counter's alias in answers and the table expression it sums, in {@link #read} order. */
    private static final Map<String, String> SUMMED = sums();

    /**
     * The SELECT expressions summing the counters under the names {@link #read} expects; the {@code n_} aliases keep
     * the table's own column names free for other expressions of the query.
     */
    static final String SUMS = selectList(SUMMED::get, alias -> alias);

    /** {@link #SUMS} under {@code bucket_}-prefixed aliases, for a query that sums per bucket first. */
    static final String BUCKET_SUMS = selectList(SUMMED::get, alias -> "bucket_" + alias);

    /** The SELECT expressions summing {@link #BUCKET_SUMS} of an inner query under the names {@link #read} expects. */
    static final String SUMS_OF_BUCKET_SUMS = selectList(alias -> "bucket_" + alias, alias -> alias);

    private static Map<String, String> sums() {
        Map<String, String> sums = new LinkedHashMap<>();
        sums.put("n_sent", "sent");
        sums.put("n_delivered", "delivered");
        sums.put("n_bounced", "bounced_hard + bounced_soft + bounced_block + bounced_undetermined");
        sums.put("n_complaints", "complaints");
        sums.put("n_unsubscribes", "unsubscribes");
        sums.put("n_opens_all", "opens_all");
        sums.put("n_opens_unique", "opens_unique");
        sums.put("n_clicks_all", "clicks_all");
        sums.put("n_clicks_unique", "clicks_unique");
        sums.put("n_replies", "replies_human");
        return sums;
    }

    private static String selectList(UnaryOperator<String> summed, UnaryOperator<String> name) {
        StringJoiner list = new StringJoiner(",\n       ");
        SUMMED.keySet().forEach(alias ->
                list.add("toInt64(sum(" + summed.apply(alias) + ")) AS " + name.apply(alias)));
        return list.toString();
    }

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
