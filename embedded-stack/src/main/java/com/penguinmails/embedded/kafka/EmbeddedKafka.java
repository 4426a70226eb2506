package com.penguinmails.embedded.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A single-node Kafka 4.2 cluster (one KRaft node acting as broker and controller) running inside this JVM.
 *
 * <p>Clients connect in plain text to {@link #bootstrapServers()} on the loopback interface. Topics are never created
 * automatically: call {@link #createTopic(String, int)}. Offsets and transaction state are replicated once (there is
 * one node), transactions may last up to an hour and transaction version 2 is enabled, so idempotent and
 * transactional producers (including Flink's exactly-once sink) work.
 *
 * <p>Everything lives under the data directory given to {@link #start(Path)}; the ports are chosen once, so
 * {@link #stop()} followed by {@link #start()} brings the same cluster back at the same address with every record
 * kept. A later instance on the same data directory also keeps the records, on new ports. The broker flushes on a
 * clean stop only: records written just before the JVM dies abruptly may be lost. Thread-safe.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int BIND_ATTEMPTS = 3;
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final int MEBIBYTE = 1024 * 1024;

    private final KRaftStorage storage;
    private int brokerPort;
    private int controllerPort;
    private KafkaRaftServer server;
    private boolean closed;

    private EmbeddedKafka(Path dataDir) {
        this.storage = new KRaftStorage(dataDir);
    }

    /**
     * Starts a broker on free loopback ports, formatting {@code dataDir} on first use and reusing it after.
     *
     * @param dataDir directory for the cluster id and the logs; created if missing
     * @throws UncheckedIOException if the data directory cannot be prepared
     * @throws org.apache.kafka.common.KafkaException if the broker fails to start
     */
    public static EmbeddedKafka start(Path dataDir) {
        EmbeddedKafka kafka = new EmbeddedKafka(dataDir.toAbsolutePath());
        kafka.startOnFreePorts();
        return kafka;
    }

    /** The {@code bootstrap.servers} value for clients, e.g. {@code 127.0.0.1:40123}; stable across restarts. */
    public synchronized String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /**
     * Creates a topic with replication factor 1 and waits until every partition has a leader.
     * Calling it again with the same name and partition count does nothing.
     *
     * @throws IllegalStateException if the topic exists with another partition count, the broker is stopped, or
     *         the broker does not answer within 30 seconds
     */
    public void createTopic(String name, int partitions) {
        createTopic(name, partitions, Map.of());
    }

    /**
     * Like {@link #createTopic(String, int)}, with topic configurations such as {@code cleanup.policy=compact} for a
     * new topic (an existing topic keeps its own).
     */
    public void createTopic(String name, int partitions, Map<String, String> configs) {
        requireRunning();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            try {
                admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(configs)))
                        .all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Could not create topic " + name, e.getCause());
                }
            }
            int existing = awaitLeaders(admin, name);
            if (existing != partitions) {
                throw new IllegalStateException(
                        "Topic " + name + " already exists with " + existing + " partitions, not " + partitions);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + name, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not create topic " + name + " within " + ADMIN_TIMEOUT, e);
        }
    }

    /** Shuts the broker down cleanly (flushing every log) and waits until it has stopped; does nothing if stopped. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        long began = System.nanoTime();
        server.shutdown();
        server.awaitShutdown();
        server = null;
        LOG.info("Kafka broker on {} stopped in {} ms", bootstrapServers(), millisSince(began));
    }

    /**
     * Starts the broker again after {@link #stop()}, on the same ports and data directory; does nothing if running.
     *
     * @throws IllegalStateException if this instance was closed
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("This embedded Kafka was closed");
        }
        if (server == null) {
            startServer();
        }
    }

    /** Stops the broker for good; the data directory stays. */
    @Override
    public synchronized void close() {
        stop();
        closed = true;
    }

    private synchronized void startOnFreePorts() {
        for (int attempt = 1; ; attempt++) {
            brokerPort = freePort();
            do {
                controllerPort = freePort();
            } while (controllerPort == brokerPort);
            try {
                startServer();
                return;
            } catch (RuntimeException e) {
                // Another process may take a port between our probe and the broker's bind.
                if (attempt == BIND_ATTEMPTS || !causedByBindFailure(e)) {
                    throw e;
                }
                LOG.warn("Kafka could not bind port {} or {}, retrying on other ports", brokerPort, controllerPort);
            }
        }
    }

    private void startServer() {
        long began = System.nanoTime();
        try {
            storage.formatIfNeeded(NODE_ID, CONTROLLER_LISTENER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KafkaRaftServer candidate = new KafkaRaftServer(KafkaConfig.fromProps(brokerProperties(), false), Time.SYSTEM);
        try {
            candidate.startup();
        } catch (RuntimeException e) {
            try {
                candidate.shutdown();
                candidate.awaitShutdown();
            } catch (RuntimeException shutdownFailure) {
                e.addSuppressed(shutdownFailure);
            }
            throw e;
        }
        server = candidate;
        LOG.info("Kafka broker started on {} in {} ms (data in {})",
                bootstrapServers(), millisSince(began), storage.logDir());
    }

    private Properties brokerProperties() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", storage.logDir().toString());
        props.put("auto.create.topics.enable", "false");
        props.put("num.partitions", "1");
        props.put("default.replication.factor", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "4");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "4");
        props.put("transaction.max.timeout.ms", String.valueOf(Duration.ofHours(1).toMillis()));
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // Small files and buffers: the defaults (1 GiB segments, 10 MiB indexes, a 128 MiB cleaner buffer) suit
        // a production disk, not a test JVM.
        props.put("log.segment.bytes", String.valueOf(32 * MEBIBYTE));
        props.put("log.index.size.max.bytes", String.valueOf(MEBIBYTE));
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * MEBIBYTE));
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "4");
        props.put("background.threads", "4");
        return props;
    }

    private int awaitLeaders(Admin admin, String topic)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + ADMIN_TIMEOUT.toNanos();
        while (true) {
            try {
                TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                        .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
                if (description.partitions().stream().allMatch(partition -> partition.leader() != null)) {
                    return description.partitions().size();
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("Could not describe topic " + topic, e.getCause());
                }
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("Partitions of " + topic + " have no leader");
            }
            Thread.sleep(20);
        }
    }

    private synchronized void requireRunning() {
        if (server == null) {
            throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " is not running");
        }
    }

    private static boolean causedByBindFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    private static long millisSince(long nanoTime) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanoTime);
    }
}
