package com.penguinmails.streamjobs.runtime;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.core.execution.CheckpointingMode;

/**
 * Configuration of a job's checkpoints, which are also when its ClickHouse rows become visible.
 *
 * <pre>
 * checkpointing:
 *   interval: 5 s          # how often rows are committed to ClickHouse; latency vs. insert size
 *   timeout: 10 min
 *   directory: file:///var/lib/flink/checkpoints   # optional; a cluster's own setting applies when absent
 *   retainOnCancellation: true                     # keep the last checkpoint to start a new job from it
 * </pre>
 *
 * <p>Set a directory (or configure checkpoint storage on the cluster): without one Flink keeps checkpoints in the
 * JobManager's memory, limited to 5 MB per state, and the staged ClickHouse rows of one checkpoint exceed that quickly.
 */
public class CheckpointingFactory {

    @NotNull
    @MinDuration(value = 10, unit = TimeUnit.MILLISECONDS)
    private Duration interval = Duration.seconds(5);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    private Duration timeout = Duration.minutes(10);

    private String directory;

    private boolean retainOnCancellation = true;

    /** Writes these settings into a Flink configuration: exactly-once checkpoints at the interval. */
    public void applyTo(Configuration configuration) {
        configuration.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, interval.toJavaDuration());
        configuration.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
        configuration.set(CheckpointingOptions.CHECKPOINTING_TIMEOUT, timeout.toJavaDuration());
        configuration.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION, retainOnCancellation
                ? ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION
                : ExternalizedCheckpointRetention.DELETE_ON_CANCELLATION);
        if (directory != null && !directory.isBlank()) {
            configuration.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            configuration.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, directory);
        }
    }

    @JsonProperty
    public Duration getInterval() {
        return interval;
    }

    @JsonProperty
    public void setInterval(Duration interval) {
        this.interval = interval;
    }

    @JsonProperty
    public Duration getTimeout() {
        return timeout;
    }

    @JsonProperty
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** Checkpoint storage URI, e.g. {@code file:///...} or {@code s3://...}; null or blank leaves storage alone. */
    @JsonProperty
    public String getDirectory() {
        return directory;
    }

    @JsonProperty
    public void setDirectory(String directory) {
        this.directory = directory;
    }

    @JsonProperty
    public boolean isRetainOnCancellation() {
        return retainOnCancellation;
    }

    @JsonProperty
    public void setRetainOnCancellation(boolean retainOnCancellation) {
        this.retainOnCancellation = retainOnCancellation;
    }
}
