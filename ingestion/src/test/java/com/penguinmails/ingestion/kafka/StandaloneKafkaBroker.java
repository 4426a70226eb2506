package com.penguinmails.ingestion.kafka;

import com.penguinmails.embedded.kafka.EmbeddedKafka;
import com.penguinmails.events.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded Kafka broker in a JVM of its own, for benchmarks that measure ingestion in another process: creates
 * {@code events.raw} with 4 partitions, writes the bootstrap address to a file once the broker takes records, and runs
 * until the process is stopped (SIGTERM stops the broker cleanly).
 *
 * <p>Arguments: data directory, file to write the bootstrap address to.
 */
public final class StandaloneKafkaBroker {

    private StandaloneKafkaBroker() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path addressFile = Path.of(args[1]);
        EmbeddedKafka kafka = EmbeddedKafka.start(dataDir);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }, "broker-shutdown"));
        kafka.createTopic(Topics.EVENTS_RAW, 4);
        Path partial = addressFile.resolveSibling(addressFile.getFileName() + ".tmp");
        Files.writeString(partial, kafka.bootstrapServers());
        Files.move(partial, addressFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Kafka broker ready at " + kafka.bootstrapServers());
        stopped.await();
    }
}
