package com.penguinmails.ingestion.kafka;

import com.codahale.metrics.health.HealthCheck;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Checks that the Kafka cluster answers and that the events topic exists, with a real round trip to the brokers.
 *
 * <p>Unhealthy when no broker answers within the timeout or the topic is missing (a producer would block on it).
 */
public final class KafkaHealthCheck extends HealthCheck {

    private final Admin admin;
    private final String topic;
    private final Duration timeout;

    public KafkaHealthCheck(Admin admin, String topic, Duration timeout) {
        this.admin = admin;
        this.topic = topic;
        this.timeout = timeout;
    }

    @Override
    protected Result check() throws InterruptedException {
        int timeoutMs = Math.toIntExact(timeout.toMillis());
        try {
            Collection<Node> brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs))
                    .nodes().get(timeoutMs, TimeUnit.MILLISECONDS);
            if (brokers.isEmpty()) {
                return Result.unhealthy("the Kafka cluster reports no brokers");
            }
            TopicDescription description = admin.describeTopics(List.of(topic),
                            new DescribeTopicsOptions().timeoutMs(timeoutMs))
                    .allTopicNames().get(timeoutMs, TimeUnit.MILLISECONDS).get(topic);
            return Result.healthy("%d broker(s); topic %s has %d partition(s)",
                    brokers.size(), topic, description.partitions().size());
        } catch (TimeoutException e) {
            return Result.unhealthy("Kafka did not answer within %d ms", timeoutMs);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Result.unhealthy("topic %s does not exist", topic);
            }
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                return Result.unhealthy("Kafka did not answer within %d ms", timeoutMs);
            }
            return Result.unhealthy(e.getCause());
        }
    }
}
