package com.penguinmails.streamjobs.attribution;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.streamjobs.clickhouse.ClickHouseSink;
import com.penguinmails.streamjobs.clickhouse.ClickHouseSinkFactory;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Configuration of the attribution stage ({@link AttributionStage}); ClickHouse connection and sink settings come
 * from the job's {@code clickHouse} and {@code clickHouseSink} sections.
 *
 * <pre>
 * attribution:
 *   lookback: 30 days            # touches this long before a conversion count
 *   tenantLookbacks:             # per tenant id
 *     t-acme: 14 days
 *   halfLife: 7 days             # time_decay
 *   touchKinds: [open, click, reply]
 *   allowedLateness: 7 days      # behind the contact's newest event
 *   stateTtl: 60 days            # processing time
 * </pre>
 */
public class AttributionFactory {

    @NotNull
    private Duration lookback = Duration.days(30);
    @NotNull
    private Map<String, Duration> tenantLookbacks = new LinkedHashMap<>();
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration halfLife = Duration.days(7);
    @NotEmpty
    private Set<String> touchKinds = Set.of("open", "click", "reply");
    @NotNull
    private Duration allowedLateness = Duration.days(7);
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MINUTES)
    private Duration stateTtl = Duration.days(60);

    /**
     * The settings of the stage's keyed function.
     *
     * @throws IllegalArgumentException if a touch kind is not open, click or reply
     */
    public AttributionSettings settings() {
        Set<TouchKind> kinds = EnumSet.noneOf(TouchKind.class);
        for (String kind : touchKinds) {
            kinds.add(TouchKind.valueOf(kind.trim().toUpperCase(Locale.ROOT)));
        }
        Map<String, java.time.Duration> lookbacks = new LinkedHashMap<>();
        tenantLookbacks.forEach((tenant, days) -> lookbacks.put(tenant, days.toJavaDuration()));
        return new AttributionSettings(lookback.toJavaDuration(), lookbacks, halfLife.toJavaDuration(), kinds,
                allowedLateness.toJavaDuration(), stateTtl.toJavaDuration());
    }

    /** The sink of credits into {@code attribution_credits}; sink id {@code <clickHouseSink.id>-attribution}. */
    public ClickHouseSink<AttributionCredit> buildCreditsSink(ClickHouseSinkFactory sink,
            ClickHouseFactory clickHouse) {
        return withId(sink, sink.getId() + "-attribution")
                .build(clickHouse, AttributionCreditRowEncoder.TABLE, new AttributionCreditRowEncoder());
    }

    /** The sink of journeys into {@code attribution_journeys}; sink id {@code <clickHouseSink.id>-journeys}. */
    public ClickHouseSink<AttributedJourney> buildJourneysSink(ClickHouseSinkFactory sink,
            ClickHouseFactory clickHouse) {
        return withId(sink, sink.getId() + "-journeys")
                .build(clickHouse, AttributedJourneyRowEncoder.TABLE, new AttributedJourneyRowEncoder());
    }

    private static ClickHouseSinkFactory withId(ClickHouseSinkFactory settings, String id) {
        ClickHouseSinkFactory copy = new ClickHouseSinkFactory();
        copy.setId(id);
        copy.setMaxAttempts(settings.getMaxAttempts());
        copy.setInitialBackoff(settings.getInitialBackoff());
        copy.setMaxBackoff(settings.getMaxBackoff());
        copy.setMaxBatchSize(settings.getMaxBatchSize());
        copy.setInsertTimeout(settings.getInsertTimeout());
        return copy;
    }

    @JsonProperty
    public Duration getLookback() {
        return lookback;
    }

    @JsonProperty
    public void setLookback(Duration lookback) {
        this.lookback = lookback;
    }

    @JsonProperty
    public Map<String, Duration> getTenantLookbacks() {
        return tenantLookbacks;
    }

    @JsonProperty
    public void setTenantLookbacks(Map<String, Duration> tenantLookbacks) {
        this.tenantLookbacks = tenantLookbacks;
    }

    @JsonProperty
    public Duration getHalfLife() {
        return halfLife;
    }

    @JsonProperty
    public void setHalfLife(Duration halfLife) {
        this.halfLife = halfLife;
    }

    @JsonProperty
    public Set<String> getTouchKinds() {
        return touchKinds;
    }

    @JsonProperty
    public void setTouchKinds(Set<String> touchKinds) {
        this.touchKinds = touchKinds;
    }

    @JsonProperty
    public Duration getAllowedLateness() {
        return allowedLateness;
    }

    @JsonProperty
    public void setAllowedLateness(Duration allowedLateness) {
        this.allowedLateness = allowedLateness;
    }

    @JsonProperty
    public Duration getStateTtl() {
        return stateTtl;
    }

    @JsonProperty
    public void setStateTtl(Duration stateTtl) {
        this.stateTtl = stateTtl;
    }
}
