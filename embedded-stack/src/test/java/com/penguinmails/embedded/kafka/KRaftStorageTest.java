package com.penguinmails.embedded.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KRaftStorageTest {

    @TempDir
    Path dataDir;

    @Test
    void formatsLogDirectoryWithClusterIdKeptBesideIt() throws IOException {
        new KRaftStorage(dataDir).formatIfNeeded(1, "CONTROLLER");

        String clusterId = Files.readString(dataDir.resolve("cluster.id"));
        Properties meta = metaProperties();
        assertThat(meta.getProperty("cluster.id")).isEqualTo(clusterId);
        assertThat(meta.getProperty("node.id")).isEqualTo("1");
        assertThat(dataDir.resolve("logs/bootstrap.checkpoint")).isRegularFile();
    }

    @Test
    void leavesFormattedDirectoryAsItIs() throws IOException {
        new KRaftStorage(dataDir).formatIfNeeded(1, "CONTROLLER");
        String clusterId = Files.readString(dataDir.resolve("cluster.id"));
        Properties metaBefore = metaProperties();

        new KRaftStorage(dataDir).formatIfNeeded(1, "CONTROLLER");

        assertThat(Files.readString(dataDir.resolve("cluster.id"))).isEqualTo(clusterId);
        assertThat(metaProperties()).isEqualTo(metaBefore);
    }

    private Properties metaProperties() throws IOException {
        Properties meta = new Properties();
        try (Reader reader = Files.newBufferedReader(dataDir.resolve("logs/meta.properties"))) {
            meta.load(reader);
        }
        return meta;
    }
}
