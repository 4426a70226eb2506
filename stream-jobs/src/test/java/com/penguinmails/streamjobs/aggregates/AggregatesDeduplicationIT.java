package com.penguinmails.streamjobs.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import com.clickhouse.client.api.Client;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The exactly-once argument of the aggregates, on the embedded ClickHouse engine with the official client: an insert
 * into {@code events} repeated with its insert_deduplication_token reaches no view a second time, while different
 * inserts whose aggregate deltas happen to be identical are all counted.
 */
@ExtendWith(EmbeddedStackExtension.class)
class AggregatesDeduplicationIT {

    private static final List<String> TABLES = List.of("deliverability_minute", "deliverability_hour",
            "deliverability_day", "engagement_heatmap");

    private AggregatesPipeline pipeline;
    private Client clickHouse;

    @BeforeEach
    void migrate(EmbeddedStack stack) {
        pipeline = new AggregatesPipeline(stack, "dedup");
        clickHouse = pipeline.clickHouse;
    }

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void anInsertRepeatedWithItsTokenDoesNotReachTheViewsAgain() {
        List<Long> before = totals();
        insertSends("dedup-a", 0, 3);
        List<Long> once = totals();

        insertSends("dedup-a", 0, 3);

        assertThat(gained(before, once)).containsOnly(3L);
        assertThat(totals()).as("sends in %s after the repeat", TABLES).isEqualTo(once);
    }

    /** Why the sink sets the setting explicitly: without it the views count a repeated insert again. */
    @Test
    void withoutDependentViewDeduplicationARepeatedInsertWouldBeCountedTwice() {
        List<Long> before = totals();
        String settings = " SETTINGS deduplicate_blocks_in_dependent_materialized_views = 0,"
                + " insert_deduplication_token = '" + pipeline.tenant + "dedup-off'";
        insertSendsWith(settings, 500, 1);
        insertSendsWith(settings, 500, 1);

        assertThat(gained(before, totals())).containsOnly(2L);
    }

    @Test
    void insertsWithIdenticalAggregateDeltasAreAllCounted() {
        List<Long> before = totals();

        insertSends("dedup-b", 100, 2);
        insertSends("dedup-c", 200, 2);
        insertSends(null, 300, 2);
        insertSends(null, 400, 2);

        assertThat(gained(before, totals())).as("each insert adds the same delta block; none may be dropped")
                .containsOnly(8L);
    }

    /** Inserts {@code count} sends with ids from {@code first}, identical but for their ids, with a token or none. */
    private void insertSends(String token, int first, int count) {
        insertSendsWith(token == null ? "" : " SETTINGS insert_deduplication_token = '" + pipeline.tenant + token + "'",
                first, count);
    }

    private void insertSendsWith(String settings, int first, int count) {
        List<String> rows = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            rows.add("('" + pipeline.tenant + "', '2026-11-25 10:40:10', 'e-" + i + "', 'send', 'c-1', 'google',"
                    + " 'send.acme.io', 'Europe/Berlin')");
        }
        clickHouse.queryAll("INSERT INTO penguinmails.events (tenant_id, occurred_at, event_id, event_type, campaign_id,"
                + " mailbox_provider, sending_domain, local_timezone)" + settings + " VALUES "
                + rows.stream().collect(Collectors.joining(", ")));
    }

    private static List<Long> gained(List<Long> before, List<Long> after) {
        return IntStream.range(0, before.size()).mapToObj(i -> after.get(i) - before.get(i)).toList();
    }

    private List<Long> totals() {
        return TABLES.stream().map(table -> clickHouse.queryAll("SELECT toInt64(sum("
                + (table.equals("engagement_heatmap") ? "sends" : "sent") + ")) FROM penguinmails." + table
                + " WHERE tenant_id = '" + pipeline.tenant + "'").get(0).getLong(1)).toList();
    }
}
