package com.penguinmails.streamjobs.clickhouse;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.clickhouse.ClickHouseFactory;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MinDataSize;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.concurrent.TimeUnit;

/**
 * Configuration of a {@link ClickHouseSink}: its id and how it batches and retries.
 *
 * <pre>
 * clickHouseSink:
 *   id: events-to-clickhouse     # part of every insert_deduplication_token; never change it on a running pipeline
 *   maxAttempts: 6               # attempts per batch before the job fails and restarts
 *   initialBackoff: 500 ms       # doubling up to maxBackoff
 *   maxBackoff: 10 s
 *   maxBatchSize: 64 MiB         # rows of one checkpoint are cut into inserts of about this size
 *   insertTimeout: 60 s
 * </pre>
 */
public class ClickHouseSinkFactory {

    @NotNull
    @Pattern(regexp = "[A-Za-z0-9._-]{1,100}")
    private String id;

    @Min(1)
    @Max(100)
    private int maxAttempts = 6;

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration initialBackoff = Duration.milliseconds(500);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration maxBackoff = Duration.seconds(10);

    @NotNull
    @MinDataSize(1)
    @MaxDataSize(value = 1, unit = io.dropwizard.util.DataSizeUnit.GIBIBYTES)
    private DataSize maxBatchSize = DataSize.mebibytes(64);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    private Duration insertTimeout = Duration.seconds(60);

    /**
     * A sink of rows made by {@code encoder} into {@code table}, at the ClickHouse that {@code clickHouse} names.
     *
     * @throws IllegalArgumentException if the settings are inconsistent (e.g. maxBackoff below initialBackoff)
     */
    public <T> ClickHouseSink<T> build(ClickHouseFactory clickHouse, ClickHouseTable table,
            RowBinaryEncoder<T> encoder) {
        return new ClickHouseSink<>(id, ClickHouseEndpoint.of(clickHouse), table, encoder, backoff(),
                (int) maxBatchSize.toBytes(), insertTimeout.toJavaDuration());
    }

    /** The retry policy these settings describe. */
    public Backoff backoff() {
        return new Backoff(maxAttempts, initialBackoff.toJavaDuration(), maxBackoff.toJavaDuration());
    }

    @JsonProperty
    public String getId() {
        return id;
    }

    @JsonProperty
    public void setId(String id) {
        this.id = id;
    }

    @JsonProperty
    public int getMaxAttempts() {
        return maxAttempts;
    }

    @JsonProperty
    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    @JsonProperty
    public Duration getInitialBackoff() {
        return initialBackoff;
    }

    @JsonProperty
    public void setInitialBackoff(Duration initialBackoff) {
        this.initialBackoff = initialBackoff;
    }

    @JsonProperty
    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    @JsonProperty
    public void setMaxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    @JsonProperty
    public DataSize getMaxBatchSize() {
        return maxBatchSize;
    }

    @JsonProperty
    public void setMaxBatchSize(DataSize maxBatchSize) {
        this.maxBatchSize = maxBatchSize;
    }

    @JsonProperty
    public Duration getInsertTimeout() {
        return insertTimeout;
    }

    @JsonProperty
    public void setInsertTimeout(Duration insertTimeout) {
        this.insertTimeout = insertTimeout;
    }
}
