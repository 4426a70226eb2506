package com.penguinmails.launcher;

import com.penguinmails.streamjobs.StreamJobsConfiguration;
import com.penguinmails.streamjobs.events.EventsToClickHouseJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the events-to-ClickHouse job in a Flink MiniCluster inside the launcher's JVM, resuming from where the last run
 * stopped.
 *
 * <p>Rows reach ClickHouse when a checkpoint completes, and Kafka offsets are committed at the same moment; a new job
 * that started from the committed offsets alone could skip a batch whose insert had not happened yet. So every start
 * restores the newest savepoint or retained checkpoint under the state directory, and a clean stop takes a savepoint.
 */
final class StreamJobRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamJobRunner.class);
    private static final long STOP_TIMEOUT_SECONDS = 60;

    private final JobClient job;
    private final Path savepointDir;

    private StreamJobRunner(JobClient job, Path savepointDir) {
        this.job = job;
        this.savepointDir = savepointDir;
    }

    /**
     * Starts the job with {@code config}; its checkpoint directory must be {@code stateDir/checkpoints}.
     */
    static StreamJobRunner start(StreamJobsConfiguration config, Path stateDir) throws Exception {
        Path savepointDir = stateDir.resolve("savepoints");
        Configuration flink = new Configuration();
        Optional<Path> restorePoint = newestRestorePoint(stateDir);
        restorePoint.ifPresent(path -> {
            LOG.info("Resuming the stream job from {}", path);
            flink.set(StateRecoveryOptions.SAVEPOINT_PATH, path.toUri().toString());
        });
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(flink);
        EventsToClickHouseJob.buildPlatformPipeline(config, env);
        return new StreamJobRunner(env.executeAsync(EventsToClickHouseJob.NAME), savepointDir);
    }

    /** The newest savepoint or completed checkpoint (a directory holding {@code _metadata}) under {@code stateDir}. */
    static Optional<Path> newestRestorePoint(Path stateDir) {
        if (!Files.isDirectory(stateDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(stateDir, 4)) {
            return files.filter(path -> path.getFileName().toString().equals("_metadata"))
                    .max(Comparator.comparing(StreamJobRunner::lastModified))
                    .map(Path::getParent);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look for Flink checkpoints under " + stateDir, e);
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the job with a savepoint (so the next run resumes exactly), cancelling it if that does not finish. */
    @Override
    public void close() {
        try {
            String savepoint = job.stopWithSavepoint(false, savepointDir.toUri().toString(),
                    SavepointFormatType.CANONICAL).get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            LOG.info("Stream job stopped with savepoint {}", savepoint);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("Stopping the stream job with a savepoint failed ({}); cancelling it; the next start resumes from "
                    + "its last checkpoint", e.toString());
            job.cancel();
        }
    }
}
