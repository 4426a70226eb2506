package com.penguinmails.query.request;

import com.penguinmails.query.store.ClickHouseText;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters of one request, each validated: a view states which {@link AnalyticsFilter}s its table can honour, a
 * filter it cannot honour is rejected as an unknown parameter (never silently ignored), and each value reaches
 * ClickHouse only as a bound parameter.
 */
public final class AnalyticsFilters {

    private static final AnalyticsFilters NONE = new AnalyticsFilters(new EnumMap<>(AnalyticsFilter.class));

    private final Map<AnalyticsFilter, String> values;

    private AnalyticsFilters(EnumMap<AnalyticsFilter, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** No filter at all: the tenant's whole data in the range. */
    public static AnalyticsFilters none() {
        return NONE;
    }

    /** The query-parameter names of {@code supported}, for a view's accepted-parameter set. */
    public static Set<String> parameterNames(Set<AnalyticsFilter> supported) {
        return supported.stream().map(AnalyticsFilter::parameter).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Reads the filters among {@code supported} from a request. The caller still calls
     * {@link QueryParameters#rejectUnknown} with {@link #parameterNames} in its accepted set, so a filter the view does
     * not support is refused.
     *
     * @throws InvalidQueryParameterException when a filter is repeated or its value is invalid
     */
    public static AnalyticsFilters parse(QueryParameters parameters, Set<AnalyticsFilter> supported) {
        EnumMap<AnalyticsFilter, String> values = new EnumMap<>(AnalyticsFilter.class);
        for (AnalyticsFilter filter : supported) {
            parameters.optional(filter.parameter()).ifPresent(value -> values.put(filter, filter.validate(value)));
        }
        return new AnalyticsFilters(values);
    }

    /** The value given for {@code filter}, if any. */
    public Optional<String> value(AnalyticsFilter filter) {
        return Optional.ofNullable(values.get(filter));
    }

    /** Each given filter's parameter name and value, in a stable order; for echoing the filters in an answer. */
    public Map<String, String> byParameter() {
        Map<String, String> named = new LinkedHashMap<>();
        values.forEach((filter, value) -> named.put(filter.parameter(), value));
        return Collections.unmodifiableMap(named);
    }

    /** Whether no filter was given. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Returns {@code " AND column = {placeholder:Type}"} for each given filter, in a stable order, and puts each value
     * into {@code boundParameters} in ClickHouse's parameter text form (a backslash stands for itself); the empty
     * string when no filter was given.
     */
    public String sqlConditions(Map<String, String> boundParameters) {
        StringBuilder sql = new StringBuilder();
        values.forEach((filter, value) -> {
            sql.append(" AND ").append(filter.column())
                    .append(" = {").append(filter.placeholder()).append(':').append(filter.clickHouseType()).append('}');
            boundParameters.put(filter.placeholder(),
                    filter.clickHouseType().equals("String") ? ClickHouseText.string(value) : value);
        });
        return sql.toString();
    }
}
