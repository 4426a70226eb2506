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
 * @param ownerPassword the password of the demo organisations' owners ({@code owner@<tenant>.demo.localhost}); a
 *     demo-only credential of a platform bound to 127.0.0.1, which must stay the same across runs on one data directory
 * @param apiKeyCacheTtl how long ingestion and the query API trust a validated API key before asking the operational
 *     API again (the revocation delay; at most 60 seconds)
 */
public record LocalPlatformOptions(Path dataDir, int basePort, Duration checkpointInterval, int parallelism,
        String ownerPassword, Duration apiKeyCacheTtl) {

    /** The demo owners' password unless {@code --owner-password} says otherwise. */
    public static final String DEFAULT_OWNER_PASSWORD = "penguin-demo-owner";

    /**
     * Data under {@code .devstack} of the working directory, ports from 8080, a 2-second checkpoint, parallelism 2, the
     * default owner password, API keys re-checked every 30 seconds.
     */
    public static LocalPlatformOptions defaults() {
        return new LocalPlatformOptions(Path.of(".devstack"), 8080, Duration.ofSeconds(2), 2, DEFAULT_OWNER_PASSWORD,
                Duration.ofSeconds(30));
    }

    public LocalPlatformOptions withDataDir(Path newDataDir) {
        return new LocalPlatformOptions(newDataDir, basePort, checkpointInterval, parallelism, ownerPassword,
                apiKeyCacheTtl);
    }

    public LocalPlatformOptions withBasePort(int newBasePort) {
        return new LocalPlatformOptions(dataDir, newBasePort, checkpointInterval, parallelism, ownerPassword,
                apiKeyCacheTtl);
    }

    public LocalPlatformOptions withCheckpointInterval(Duration newCheckpointInterval) {
        return new LocalPlatformOptions(dataDir, basePort, newCheckpointInterval, parallelism, ownerPassword,
                apiKeyCacheTtl);
    }

    public LocalPlatformOptions withOwnerPassword(String newOwnerPassword) {
        return new LocalPlatformOptions(dataDir, basePort, checkpointInterval, parallelism, newOwnerPassword,
                apiKeyCacheTtl);
    }

    public LocalPlatformOptions withApiKeyCacheTtl(Duration newApiKeyCacheTtl) {
        return new LocalPlatformOptions(dataDir, basePort, checkpointInterval, parallelism, ownerPassword,
                newApiKeyCacheTtl);
    }

    /** The port at {@code offset} from the base port, or 0 (a free port) when the base port is 0. */
    int port(int offset) {
        return basePort == 0 ? 0 : basePort + offset;
    }
}
