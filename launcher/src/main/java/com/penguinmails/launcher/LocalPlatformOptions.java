package com.penguinmails.launcher;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the local platform runs: where its data lives, which ports it takes and how the stream job is tuned.
 *
 * @param dataDir root of every part's data (Kafka log, PostgreSQL, ClickHouse, Flink checkpoints, rendered configs)
 * @param basePort first of six consecutive ports (ingestion, its admin, query API, its admin, operational API, its
 *     admin); 0 takes free ports
 * @param checkpointInterval how often the stream job checkpoints, which is how often rows reach ClickHouse
 * @param parallelism the stream job's parallelism
 */
public record LocalPlatformOptions(Path dataDir, int basePort, Duration checkpointInterval, int parallelism) {

    /** Data under {@code .devstack} of the working directory, ports from 8080, a 2-second checkpoint, parallelism 2. */
    public static LocalPlatformOptions defaults() {
        return new LocalPlatformOptions(Path.of(".devstack"), 8080, Duration.ofSeconds(2), 2);
    }

    public LocalPlatformOptions withDataDir(Path newDataDir) {
        return new LocalPlatformOptions(newDataDir, basePort, checkpointInterval, parallelism);
    }

    public LocalPlatformOptions withBasePort(int newBasePort) {
        return new LocalPlatformOptions(dataDir, newBasePort, checkpointInterval, parallelism);
    }

    public LocalPlatformOptions withCheckpointInterval(Duration newCheckpointInterval) {
        return new LocalPlatformOptions(dataDir, basePort, newCheckpointInterval, parallelism);
    }

    /** The port at {@code offset} from the base port, or 0 (a free port) when the base port is 0. */
    int port(int offset) {
        return basePort == 0 ? 0 : basePort + offset;
    }
}
