package com.penguinmails.embedded.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.apache.kafka.server.common.TransactionVersion;

/**
 * Formats the log directory of a single-node KRaft cluster, the way {@code kafka-storage.sh format} does.
 *
 * <p>The cluster id lives in a file beside the log directory: a formatted log directory only accepts the
 * cluster id it was formatted with, so a restart on the same directory must present the same one.
 */
final class KRaftStorage {

    private static final String CLUSTER_ID_FILE = "cluster.id";

    private final Path dataDir;
    private final Path logDir;

    KRaftStorage(Path dataDir) {
        this.dataDir = dataDir;
        this.logDir = dataDir.resolve("logs");
    }

    /** The directory holding both the metadata log and the topic partitions. */
    Path logDir() {
        return logDir;
    }

    /**
     * Formats the log directory unless it already is, with the production features of the latest production
     * metadata version and transaction version 2 (needed by Flink's exactly-once Kafka sink).
     *
     * @throws IOException if the cluster id cannot be read or written, or formatting fails
     */
    void formatIfNeeded(int nodeId, String controllerListenerName) throws IOException {
        Files.createDirectories(logDir);
        Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8))
                .setNodeId(nodeId)
                .setClusterId(clusterId())
                .addDirectory(logDir.toString())
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName(controllerListenerName)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setFeatureLevel(TransactionVersion.FEATURE_NAME, TransactionVersion.TV_2.featureLevel())
                .setIgnoreFormatted(true);
        try {
            formatter.run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Could not format Kafka storage in " + logDir, e);
        }
    }

    private String clusterId() throws IOException {
        Path file = dataDir.resolve(CLUSTER_ID_FILE);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String clusterId = Uuid.randomUuid().toString();
        Files.writeString(file, clusterId, StandardCharsets.UTF_8);
        return clusterId;
    }
}
