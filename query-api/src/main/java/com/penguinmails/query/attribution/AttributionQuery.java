package com.penguinmails.query.attribution;

import com.clickhouse.client.api.query.GenericRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.query.store.BoundQuery;
import com.penguinmails.query.store.ClickHouseText;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ClickHouse queries behind attribution answers, over {@code attribution_credits} and
 * {@code attribution_journeys} (migration V0005), both read with FINAL so only each conversion's newest credits
 * count. Column choices come from the grouping enum; every value, the time zone included, is a server-side parameter.
 */
public final class AttributionQuery {

    /** The models in report order; a model with no rows in a group shows zero. */
    static final List<String> MODELS = List.of("first_touch", "last_touch", "linear", "time_decay", "position_based");

    private static final ObjectMapper JSON = new ObjectMapper();

    private AttributionQuery() {
    }

    /**
     * The credited conversions and revenue per row key, model and currency. {@code conversion_day} (the UTC day) is
     * bounded too so ClickHouse reads only the days of the range from its sorting key.
     */
    public static BoundQuery credits(AttributionRequest request) {
        String day = request.byDay() ? "toString(toDate(conversion_at, {tz:String}))" : "''";
        String variant = request.grouping().byVariant() ? "toString(variant)" : "''";
        String step = request.grouping().byStep() ? "toInt32(sequence_step)" : "toInt32(-1)";
        Map<String, String> parameters = new HashMap<>(rangeParameters(request));
        String sql = "SELECT " + day + " AS day, campaign_id, " + variant + " AS group_variant, " + step
                + " AS group_step,\n"
                + "       toString(model) AS model_name, toString(currency) AS currency_code,\n"
                + "       sum(credit) AS conversions, sum(revenue) AS revenue_sum\n"
                + "FROM attribution_credits FINAL\n"
                + range()
                + "  AND attributed" + request.filters().sqlConditions(parameters) + "\n"
                + "GROUP BY day, campaign_id, group_variant, group_step, model_name, currency_code\n"
                + "ORDER BY day, campaign_id, group_variant, group_step, model_name, currency_code";
        parameters.put("tz", ClickHouseText.string(request.zone().getId()));
        return new BoundQuery(sql, parameters);
    }

    /** The unattributed conversions and their revenue per currency (one model's rows: they are the same in all). */
    public static BoundQuery unattributed(AttributionRequest request) {
        String sql = "SELECT toString(currency) AS currency_code, sum(credit) AS conversions,"
                + " sum(revenue) AS revenue_sum\n"
                + "FROM attribution_credits FINAL\n"
                + range()
                + "  AND NOT attributed AND model = 'first_touch'\n"
                + "GROUP BY currency_code\n"
                + "ORDER BY currency_code";
        return new BoundQuery(sql, rangeParameters(request));
    }

    /** The newest journey of one conversion. */
    public static BoundQuery journey(String tenantId, String conversionId) {
        String sql = "SELECT conversion_id, contact_id, toString(conversion_type) AS type,\n"
                + "       toUnixTimestamp64Milli(conversion_at) AS at_millis,\n"
                + "       ifNull(toString(conversion_value), '') AS value_text, toString(currency) AS currency_code,\n"
                + "       toInt32(touch_count) AS touches_counted, touches, toInt64(version) AS journey_version\n"
                + "FROM attribution_journeys FINAL\n"
                + "WHERE tenant_id = {tenant_id:String} AND conversion_id = {conversion_id:String}";
        return new BoundQuery(sql, Map.of("tenant_id", ClickHouseText.string(tenantId),
                "conversion_id", ClickHouseText.string(conversionId)));
    }

    /** Folds the rows of {@link #credits} and {@link #unattributed} into report rows. */
    public static AttributionTotals read(AttributionRequest request, List<GenericRecord> creditRows,
            List<GenericRecord> unattributedRows) {
        Map<GroupKey, Map<String, ModelCredit>> groups = new LinkedHashMap<>();
        for (GenericRecord row : creditRows) {
            GroupKey key = new GroupKey(row.getString("day"), row.getString("campaign_id"),
                    row.getString("group_variant"), row.getInteger("group_step"));
            Map<String, ModelCredit> models = groups.computeIfAbsent(key, k -> emptyModels());
            models.compute(row.getString("model_name"), (model, credit) -> (credit == null ? ModelCredit.none()
                    : credit).plus(row.getDouble("conversions"), row.getString("currency_code"),
                            row.getDouble("revenue_sum")));
        }
        List<AttributionGroup> result = new ArrayList<>();
        groups.forEach((key, models) -> result.add(new AttributionGroup(
                request.byDay() ? LocalDate.parse(key.day()) : null, key.campaignId(),
                request.grouping().byVariant() ? key.variant() : null,
                request.grouping().byStep() ? key.step() : null, models)));
        ModelCredit unattributed = ModelCredit.none();
        for (GenericRecord row : unattributedRows) {
            unattributed = unattributed.plus(row.getDouble("conversions"), row.getString("currency_code"),
                    row.getDouble("revenue_sum"));
        }
        return new AttributionTotals(result, unattributed);
    }

    /** Reads the row of {@link #journey}, if any. */
    public static Optional<ConversionJourney> readJourney(List<GenericRecord> rows) {
        return rows.stream().findFirst().map(row -> {
            String value = row.getString("value_text");
            try {
                return new ConversionJourney(row.getString("conversion_id"), row.getString("contact_id"),
                        row.getString("type"), Instant.ofEpochMilli(row.getLong("at_millis")),
                        value.isEmpty() ? null : new BigDecimal(value), row.getString("currency_code"),
                        row.getInteger("touches_counted") > 0, row.getLong("journey_version"),
                        JSON.readTree(row.getString("touches")));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String range() {
        return "WHERE tenant_id = {tenant_id:String}\n"
                + "  AND conversion_day >= toDate({range_start:DateTime64(3, 'UTC')}, 'UTC')\n"
                + "  AND conversion_day <= toDate({range_end:DateTime64(3, 'UTC')}, 'UTC')\n"
                + "  AND conversion_at >= {range_start:DateTime64(3, 'UTC')}\n"
                + "  AND conversion_at < {range_end:DateTime64(3, 'UTC')}\n";
    }

    private static Map<String, String> rangeParameters(AttributionRequest request) {
        return Map.of(
                "tenant_id", ClickHouseText.string(request.tenantId()),
                "range_start", ClickHouseText.dateTime64Millis(request.range().from()),
                "range_end", ClickHouseText.dateTime64Millis(request.range().to()));
    }

    private static Map<String, ModelCredit> emptyModels() {
        Map<String, ModelCredit> models = new LinkedHashMap<>();
        MODELS.forEach(model -> models.put(model, ModelCredit.none()));
        return models;
    }

    private record GroupKey(String day, String campaignId, String variant, int step) {
        GroupKey {
            Objects.requireNonNull(day);
        }
    }
}
