package com.penguinmails.query.cohorts;

import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.query.store.BoundQuery;
import com.penguinmails.query.store.ClickHouseText;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ClickHouse query behind the retention matrix, over {@code cohort_activity} (schemas' V0006). Every value is a
 * server-side parameter; the only text that varies is chosen from the enums (column and function names).
 *
 * <p>Plain {@code groupArrayArray} rather than a uniq state per contact: periods are made distinct after mapping,
 * conversions by {@code arrayDistinct} (a contact's rows not merged yet may repeat a conversion).
 *
 * <p>Innermost, one row per contact of the tenant (the campaign's rows and the contact's conversion row, or every
 * row): its cohort time, the times of the chosen activity and its conversions. Then per contact: its cohort, the
 * distinct periods k >= 0 in which it was active and the last of them, and its conversion values by period. Finally
 * per cohort and slice of cohort time (whole slices counted from the epoch, see {@link CohortSlices}): the size, active
 * contacts per k ({@code sumForEach} over 0/1 arrays of length n), contacts active in k or later (last k >= k) and the
 * values per (k, currency) ({@code sumMap}).
 */
public final class CohortsQuery {

    private static final String SQL = """
            WITH sumMap(arrayMap(c -> (c.1, c.2), values_k), arrayMap(c -> c.3, values_k)) AS value_map
            SELECT cohort_start,
                   toInt64(slice_number) AS slice,
                   toInt64(count()) AS size,
                   arrayMap(x -> toInt64(x),
                            sumForEach(arrayMap(k -> toUInt64(has(ks, k)), range({periods:UInt16})))) AS active,
                   arrayMap(x -> toInt64(x),
                            sumForEach(arrayMap(k -> toUInt64(last_k >= k), range({periods:UInt16})))) AS active_unbounded,
                   arrayMap(x -> x.1, value_map.1) AS value_periods,
                   arrayMap(x -> x.2, value_map.1) AS value_currencies,
                   arrayMap(x -> toString(x), value_map.2) AS value_amounts
            FROM (
                SELECT START(cohort_time, {tz:String}) AS cohort_start,
                       intDiv(toUnixTimestamp64Milli(cohort_time), {slice_millis:UInt32}) AS slice_number,
                       toInt64(NUMBER(cohort_time, {tz:String})) AS cohort_number,
                       arrayDistinct(arrayFilter(k -> k >= 0,
                           arrayMap(t -> toInt64(NUMBER(t, {tz:String})) - cohort_number, activity_times))) AS ks,
                       if(empty(ks), -1, arrayMax(ks)) AS last_k,
                       arrayFilter(c -> c.1 >= 0 AND c.1 < {periods:UInt16} AND c.2 != '',
                           arrayMap(c -> (toInt64(NUMBER(c.occurred_at, {tz:String})) - cohort_number, c.currency, c.value),
                                    contact_conversions)) AS values_k
                FROM (
                    SELECT contact_id,
                           minIf(BASIS, SCOPE) AS cohort_time,
                           ACTIVITY AS activity_times,
                           arrayDistinct(groupArrayArray(conversions)) AS contact_conversions
                    FROM cohort_activity
                    WHERE tenant_id = {tenant_id:String}CAMPAIGN_FILTER
                    GROUP BY contact_id
                    HAVING cohort_time >= {range_start:DateTime64(3, 'UTC')}
                       AND cohort_time < {range_end:DateTime64(3, 'UTC')}
                )
            )
            GROUP BY cohort_start, slice_number
            ORDER BY cohort_start, slice_number""";

    private static final String CAMPAIGN_SCOPE = "campaign_id = {campaign_id:String}";
    // A campaign's cohorts also read the contact's '' row: conversions carry no campaign and are filed there.
    private static final String CAMPAIGN_FILTER = " AND campaign_id IN ({campaign_id:String}, '')";

    private CohortsQuery() {
    }

    /** Builds the query answering {@code request} in slices of cohort time of {@code sliceLength}. */
    public static BoundQuery build(CohortsRequest request, Duration sliceLength) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("slice_millis", Long.toString(sliceLength.toMillis()));
        parameters.put("tenant_id", ClickHouseText.string(request.tenantId()));
        parameters.put("range_start", ClickHouseText.dateTime64Millis(request.range().from()));
        parameters.put("range_end", ClickHouseText.dateTime64Millis(request.range().to()));
        parameters.put("tz", ClickHouseText.string(request.zone().getId()));
        parameters.put("periods", Integer.toString(request.periods()));
        String scope = "true";
        String campaignFilter = "";
        if (request.campaignId().isPresent()) {
            parameters.put("campaign_id", ClickHouseText.string(request.campaignId().get()));
            scope = CAMPAIGN_SCOPE;
            campaignFilter = CAMPAIGN_FILTER;
        }
        String sql = SQL.replace("START", request.period().startFunction())
                .replace("NUMBER", request.period().numberFunction())
                .replace("BASIS", request.basis().column())
                .replace("SCOPE", scope)
                .replace("ACTIVITY", request.activity().timesExpression(scope))
                .replace("CAMPAIGN_FILTER", campaignFilter);
        return new BoundQuery(sql, parameters);
    }

    /** Reads the counts per cohort and slice from the rows {@link #build}'s query returned. */
    public static List<CohortSlice> read(List<GenericRecord> rows, Duration sliceLength) {
        List<CohortSlice> slices = new ArrayList<>(rows.size());
        for (GenericRecord row : rows) {
            List<Long> periods = longs(row, "value_periods");
            List<String> currencies = row.getList("value_currencies");
            List<String> amounts = row.getList("value_amounts");
            List<ConversionValue> values = new ArrayList<>(periods.size());
            for (int i = 0; i < periods.size(); i++) {
                BigDecimal amount = new BigDecimal(amounts.get(i));
                if (amount.signum() != 0) {
                    values.add(new ConversionValue(periods.get(i).intValue(), currencies.get(i), amount));
                }
            }
            slices.add(new CohortSlice(row.getLocalDate("cohort_start"),
                    Instant.ofEpochMilli(row.getLong("slice") * sliceLength.toMillis()), row.getLong("size"),
                    array(row, "active"), array(row, "active_unbounded"), values));
        }
        return slices;
    }

    private static long[] array(GenericRecord row, String column) {
        return longs(row, column).stream().mapToLong(Long::longValue).toArray();
    }

    private static List<Long> longs(GenericRecord row, String column) {
        List<Number> numbers = row.getList(column);
        return numbers.stream().map(Number::longValue).toList();
    }
}
