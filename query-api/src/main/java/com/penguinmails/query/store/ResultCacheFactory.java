package com.penguinmails.query.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * Configuration of the {@link ResultCache}: {@code freshness} (default 5 seconds, the dashboard's refresh period;
 * zero turns the cache off) and {@code maximumRows} (default 2,000,000).
 */
public final class ResultCacheFactory {

    @NotNull
    private Duration freshness = Duration.seconds(5);

    @Min(1)
    private long maximumRows = 2_000_000;

    @JsonProperty
    public Duration getFreshness() {
        return freshness;
    }

    @JsonProperty
    public void setFreshness(Duration freshness) {
        this.freshness = freshness;
    }

    @JsonProperty
    public long getMaximumRows() {
        return maximumRows;
    }

    @JsonProperty
    public void setMaximumRows(long maximumRows) {
        this.maximumRows = maximumRows;
    }

    /** The cache, or empty when the freshness is zero. */
    public Optional<ResultCache> build() {
        if (freshness.toMilliseconds() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new ResultCache(freshness.toJavaDuration(), maximumRows));
    }
}
