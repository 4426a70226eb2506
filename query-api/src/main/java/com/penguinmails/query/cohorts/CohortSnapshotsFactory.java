package com.penguinmails.query.cohorts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.InstantSource;
import java.util.concurrent.ExecutorService;

/**
 * Configuration of the kept cohort matrices ({@link CohortSnapshots}): {@code refreshAfter} (default 5 minutes; zero
 * answers every request with a query of its own), {@code maxAge} (default 30 minutes) and {@code maximumCells}
 * (default 20,000,000 numbers, about 160 MB).
 */
public final class CohortSnapshotsFactory {

    @NotNull
    private Duration refreshAfter = Duration.minutes(5);

    @NotNull
    private Duration maxAge = Duration.minutes(30);

    @Min(1)
    private long maximumCells = 20_000_000;

    @JsonProperty
    public Duration getRefreshAfter() {
        return refreshAfter;
    }

    @JsonProperty
    public void setRefreshAfter(Duration refreshAfter) {
        this.refreshAfter = refreshAfter;
    }

    @JsonProperty
    public Duration getMaxAge() {
        return maxAge;
    }

    @JsonProperty
    public void setMaxAge(Duration maxAge) {
        this.maxAge = maxAge;
    }

    @JsonProperty
    public long getMaximumCells() {
        return maximumCells;
    }

    @JsonProperty
    public void setMaximumCells(long maximumCells) {
        this.maximumCells = maximumCells;
    }

    /** The matrices over {@code source}, recomputed in the background on one thread the environment manages. */
    public CohortSnapshots build(CohortsSource source, Environment environment) {
        if (refreshAfter.toMilliseconds() <= 0) {
            return CohortSnapshots.none(source, InstantSource.system());
        }
        ExecutorService refresher = environment.lifecycle().executorService("cohort-matrix-refresh-%d")
                .minThreads(1).maxThreads(1).build();
        return CohortSnapshots.keeping(source, refreshAfter.toJavaDuration(), maxAge.toJavaDuration(), maximumCells,
                refresher, InstantSource.system(), Ticker.systemTicker());
    }
}
