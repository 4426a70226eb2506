package com.penguinmails.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.apikeys.ApiKeysFactory;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.query.cohorts.CohortSnapshotsFactory;
import com.penguinmails.query.deliverability.DeliverabilityThresholdsFactory;
import com.penguinmails.query.heatmap.SendTimeFactory;
import com.penguinmails.query.store.ResultCacheFactory;
import io.dropwizard.core.Configuration;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Configuration of the query API: where ClickHouse is, which API keys exist, and the limits on queries. */
public class QueryApiConfiguration extends Configuration {

    @Valid
    @NotNull
    private ClickHouseFactory clickHouse = new ClickHouseFactory();

    @Valid
    @NotNull
    private ApiKeysFactory apiKeys = new ApiKeysFactory();

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MINUTES)
    private Duration maxRange = Duration.days(400);

    @NotNull
    private Map<String, @NotNull @MinDuration(value = 1, unit = TimeUnit.MINUTES) Duration> maxRangeByView = Map.of();

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    private Duration queryTimeout = Duration.seconds(30);

    @Min(0)
    private int queryThreads = 1;

    @Valid
    @NotNull
    private SendTimeFactory sendTime = new SendTimeFactory();

    @Valid
    @NotNull
    private ResultCacheFactory resultCache = new ResultCacheFactory();

    @Valid
    @NotNull
    private CohortSnapshotsFactory cohortMatrices = new CohortSnapshotsFactory();

    @Valid
    @NotNull
    private DeliverabilityThresholdsFactory deliverabilityThresholds = new DeliverabilityThresholdsFactory();

    /** The ClickHouse connection; its database holds the {@code events} table. */
    @JsonProperty
    public ClickHouseFactory getClickHouse() {
        return clickHouse;
    }

    @JsonProperty
    public void setClickHouse(ClickHouseFactory clickHouse) {
        this.clickHouse = clickHouse;
    }

    /** The API keys, each mapped to the tenant whose data it may read. */
    @JsonProperty
    public ApiKeysFactory getApiKeys() {
        return apiKeys;
    }

    @JsonProperty
    public void setApiKeys(ApiKeysFactory apiKeys) {
        this.apiKeys = apiKeys;
    }

    /** The longest {@code from}..{@code to} range a query may cover (default 400 days). */
    @JsonProperty
    public Duration getMaxRange() {
        return maxRange;
    }

    @JsonProperty
    public void setMaxRange(Duration maxRange) {
        this.maxRange = maxRange;
    }

    /**
     * Per view (the last segment of its path, e.g. {@code overview}, {@code cohorts}), a longest range other than
     * {@link #getMaxRange()}; views not named keep that default.
     */
    @JsonProperty
    public Map<String, Duration> getMaxRangeByView() {
        return maxRangeByView;
    }

    @JsonProperty
    public void setMaxRangeByView(Map<String, Duration> maxRangeByView) {
        this.maxRangeByView = Map.copyOf(maxRangeByView);
    }

    /** The longest range {@code view} accepts: its own entry in {@link #getMaxRangeByView()}, else the default. */
    public java.time.Duration maxRange(String view) {
        return maxRangeByView.getOrDefault(view, maxRange).toJavaDuration();
    }

    /**
     * The threads one query may use in ClickHouse ({@code max_threads}); 0 leaves it to the server. Dashboards run many
     * small queries at once, so one thread each spends the cores on concurrent queries instead of on coordinating
     * threads within one.
     */
    @JsonProperty
    public int getQueryThreads() {
        return queryThreads;
    }

    @JsonProperty
    public void setQueryThreads(int queryThreads) {
        this.queryThreads = queryThreads;
    }

    /** The longest a query may run in ClickHouse before it is cancelled (default 30 seconds, whole seconds). */
    @JsonProperty
    public Duration getQueryTimeout() {
        return queryTimeout;
    }

    @JsonProperty
    public void setQueryTimeout(Duration queryTimeout) {
        this.queryTimeout = queryTimeout;
    }

    /** The send-time recommendation of {@code GET /v1/analytics/heatmap}: minimum sends per slot, slots, level. */
    @JsonProperty
    public SendTimeFactory getSendTime() {
        return sendTime;
    }

    @JsonProperty
    public void setSendTime(SendTimeFactory sendTime) {
        this.sendTime = sendTime;
    }

    /** How long answers are reused and identical concurrent queries joined (default 5 seconds). */
    @JsonProperty
    public ResultCacheFactory getResultCache() {
        return resultCache;
    }

    @JsonProperty
    public void setResultCache(ResultCacheFactory resultCache) {
        this.resultCache = resultCache;
    }

    /** How long kept cohort matrices are served before a background refresh, and at most (COHORTS.md). */
    @JsonProperty
    public CohortSnapshotsFactory getCohortMatrices() {
        return cohortMatrices;
    }

    @JsonProperty
    public void setCohortMatrices(CohortSnapshotsFactory cohortMatrices) {
        this.cohortMatrices = cohortMatrices;
    }

    /** The complaint and bounce limits the deliverability detail views judge rows against (DELIVERABILITY.md). */
    @JsonProperty
    public DeliverabilityThresholdsFactory getDeliverabilityThresholds() {
        return deliverabilityThresholds;
    }

    @JsonProperty
    public void setDeliverabilityThresholds(DeliverabilityThresholdsFactory deliverabilityThresholds) {
        this.deliverabilityThresholds = deliverabilityThresholds;
    }
}
