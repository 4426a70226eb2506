package com.penguinmails.ingestion.spool;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.ingestion.kafka.TrackingDurability;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDataSize;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Configuration of the local spool that keeps events while Kafka cannot take them, and of how ingestion switches
 * between Kafka and the spool. See {@code ingestion/DURABILITY.md}.
 */
public class SpoolFactory {

    @NotBlank
    private String directory = "./data/ingestion-spool";

    @NotNull
    @MinDataSize(1024)
    private DataSize maxSize = DataSize.gibibytes(2);

    @NotNull
    @MinDataSize(1024)
    private DataSize segmentSize = DataSize.mebibytes(64);

    @NotNull
    private FsyncPolicy fsync = FsyncPolicy.ALWAYS;

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration kafkaTimeout = Duration.seconds(1);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration kafkaDownProbeInterval = Duration.seconds(2);

    @Min(1)
    @Max(1_000_000)
    private int replayBatchRecords = 5_000;

    @NotNull
    private TrackingDurability trackingDurability = TrackingDurability.SPOOL_WRITTEN;

    /** Where the segments and the replay checkpoint live; one ingestion instance per directory. */
    @JsonProperty
    public String getDirectory() {
        return directory;
    }

    @JsonProperty
    public void setDirectory(String directory) {
        this.directory = directory;
    }

    /** Most bytes the spool's files may take; past it the batch API answers 503. */
    @JsonProperty
    public DataSize getMaxSize() {
        return maxSize;
    }

    @JsonProperty
    public void setMaxSize(DataSize maxSize) {
        this.maxSize = maxSize;
    }

    /** Size at which a segment file is sealed and a new one begun; replayed segments are deleted whole. */
    @JsonProperty
    public DataSize getSegmentSize() {
        return segmentSize;
    }

    @JsonProperty
    public void setSegmentSize(DataSize segmentSize) {
        this.segmentSize = segmentSize;
    }

    /** {@code ALWAYS} (group-committed fsync before a request is answered) or {@code NEVER} (the OS flushes). */
    @JsonProperty
    public FsyncPolicy getFsync() {
        return fsync;
    }

    @JsonProperty
    public void setFsync(FsyncPolicy fsync) {
        this.fsync = fsync;
    }

    /**
     * How long a request waits for Kafka's acknowledgement (and the producer for metadata or buffer space) before its
     * events go to the spool instead and Kafka counts as down.
     */
    @JsonProperty
    public Duration getKafkaTimeout() {
        return kafkaTimeout;
    }

    @JsonProperty
    public void setKafkaTimeout(Duration kafkaTimeout) {
        this.kafkaTimeout = kafkaTimeout;
    }

    /** How long the replayer waits after a failed attempt before it tries Kafka again. */
    @JsonProperty
    public Duration getKafkaDownProbeInterval() {
        return kafkaDownProbeInterval;
    }

    @JsonProperty
    public void setKafkaDownProbeInterval(Duration kafkaDownProbeInterval) {
        this.kafkaDownProbeInterval = kafkaDownProbeInterval;
    }

    /** Most records the replayer sends to Kafka before it stores its position. */
    @JsonProperty
    public int getReplayBatchRecords() {
        return replayBatchRecords;
    }

    @JsonProperty
    public void setReplayBatchRecords(int replayBatchRecords) {
        this.replayBatchRecords = replayBatchRecords;
    }

    /**
     * How far an open or click event must get before the pixel or link answers (one-click unsubscribes get at least
     * {@code SPOOL_FORCED}): {@code SPOOL_WRITTEN} (the default), {@code SPOOL_FORCED} or {@code KAFKA}.
     */
    @JsonProperty
    public TrackingDurability getTrackingDurability() {
        return trackingDurability;
    }

    @JsonProperty
    public void setTrackingDurability(TrackingDurability trackingDurability) {
        this.trackingDurability = trackingDurability;
    }

    @ValidationMethod(message = "segmentSize must not be larger than maxSize")
    public boolean isSegmentSizeWithinMaxSize() {
        return maxSize == null || segmentSize == null || segmentSize.toBytes() <= maxSize.toBytes();
    }

    /** Opens (and recovers) the spool directory. */
    public Spool open() throws IOException {
        return Spool.open(Path.of(directory), maxSize.toBytes(), segmentSize.toBytes(), fsync);
    }
}
