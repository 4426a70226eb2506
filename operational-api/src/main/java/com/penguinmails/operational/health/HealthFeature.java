package com.penguinmails.operational.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.operational.dns.DnsLookup;
import com.penguinmails.operational.kafka.KafkaClientsFactory;
import com.penguinmails.operational.notifications.BackgroundLoop;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires sending health into the service: the health resource, and (when {@code health.enabled}) the health worker on
 * a background loop with its Kafka producer for alerts.
 */
public final class HealthFeature {

    private final HealthFactory config;
    private final KafkaClientsFactory kafka;
    private final Jdbi jdbi;
    private final Clock clock;

    public HealthFeature(HealthFactory config, KafkaClientsFactory kafka, Jdbi jdbi, Clock clock) {
        this.config = config;
        this.kafka = kafka;
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Registers the resource and, when enabled, the worker with the application's lifecycle. */
    public void register(Environment environment) {
        environment.jersey().register(new HealthResource(jdbi, clock));
        if (!config.isEnabled()) {
            return;
        }
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerProperties("operational-health"),
                new ByteArraySerializer(), new ByteArraySerializer());
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                producer.close(Duration.ofSeconds(5));
            }
        });
        HealthWorker worker = buildWorker(jdbi, new KafkaHealthAlertPublisher(producer, config.getAlertsTopic(),
                Duration.ofSeconds(30)), clock, environment.getObjectMapper());
        environment.lifecycle().manage(new BackgroundLoop("health-worker", worker::step,
                config.getPollInterval().toJavaDuration()));
    }

    /** A worker on {@code jdbi} with the configured checkers, publishing to {@code alerts}, on {@code clock}. */
    public HealthWorker buildWorker(Jdbi jdbi, HealthAlertPublisher alerts, Clock clock, ObjectMapper mapper) {
        DnsLookup dns = config.getDns().buildLookup();
        HealthCheckRunner runner = new HealthCheckRunner(
                new SmtpProbe(config.getSmtpTimeout().toJavaDuration(), config.getHeloName(), defaultTrust()),
                new ReverseDnsCheck(dns), new DnsblCheck(dns, config.getDnsbl()), clock);
        return new HealthWorker(jdbi, runner, alerts, config.buildIntervals(), config.buildSettings(), clock,
                mapper);
    }

    /** The JDK's default trust store. */
    static X509TrustManager defaultTrust() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            return Arrays.stream(factory.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                    .map(X509TrustManager.class::cast).findFirst().orElseThrow();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no default trust store", e);
        }
    }
}
