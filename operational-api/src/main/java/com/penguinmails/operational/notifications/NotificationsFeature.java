package com.penguinmails.operational.notifications;

import com.penguinmails.operational.alerts.AlertNotifier;
import com.penguinmails.operational.alerts.AlertRuleDao;
import com.penguinmails.operational.alerts.AlertRuleOutbox;
import com.penguinmails.operational.alerts.AlertRulePublisher;
import com.penguinmails.operational.alerts.AlertRulesResource;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.kafka.KafkaClientsFactory;
import com.penguinmails.operational.secrets.SecretSealer;
import com.penguinmails.operational.webhooks.EventWebhookFanOut;
import com.penguinmails.operational.webhooks.WebhookEndpointDao;
import com.penguinmails.operational.webhooks.WebhookTargetPolicy;
import com.penguinmails.operational.webhooks.WebhookTransport;
import com.penguinmails.operational.webhooks.WebhooksResource;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires alert rules, notification channels, webhooks and the notification machinery into the service: the three
 * resources, the rule publisher (outbox to {@code control.alert-rules}), the notifier (consumer of {@code alerts}),
 * the event fan-out (consumer of {@code events.raw}) and the delivery worker (webhook, email, SMS).
 */
public final class NotificationsFeature {

    /** The notifier's consumer group. */
    public static final String NOTIFIER_GROUP = "operational-notifier";
    /** The event fan-out's consumer group. */
    public static final String WEBHOOKS_GROUP = "operational-webhooks";

    private final NotificationsFactory config;
    private final KafkaClientsFactory kafka;
    private final Jdbi jdbi;
    private final SecretSealer sealer;
    private final AuditTrail audit;
    private final Clock clock;

    public NotificationsFeature(NotificationsFactory config, KafkaClientsFactory kafka, Jdbi jdbi, SecretSealer sealer,
            AuditTrail audit) {
        this.config = config;
        this.kafka = kafka;
        this.jdbi = jdbi;
        this.sealer = sealer;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    /** Registers the resources and starts the background work with the application's lifecycle. */
    public void register(Environment environment) {
        Duration pollInterval = config.getPollInterval().toJavaDuration();
        Duration timeout = config.getDeliveryTimeout().toJavaDuration();
        DeliveryQueue queue = new DeliveryQueue(jdbi);
        WebhookEndpointDao endpoints = new WebhookEndpointDao();
        NotificationChannelDao channels = new NotificationChannelDao();
        WebhookTargetPolicy policy = new WebhookTargetPolicy(config.getAllowedWebhookHosts(),
                WebhookTargetPolicy.SYSTEM_RESOLVER);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout).build();

        Map<String, DeliveryTransport> transports = new HashMap<>();
        transports.put(Delivery.WEBHOOK, new WebhookTransport(jdbi, endpoints, sealer, policy, http, timeout, clock));
        if (config.getSmtp().isConfigured()) {
            transports.put(Delivery.EMAIL, new EmailTransport(config.getSmtp().build(clock)));
        }
        if (config.getSms().isConfigured()) {
            transports.put(Delivery.SMS, new SmsTransport(config.getSms().build(http)));
        }
        ExecutorService senders = environment.lifecycle().executorService("notification-sender-%d")
                .minThreads(config.getSenderThreads()).maxThreads(config.getSenderThreads()).build();
        DeliveryWorker worker = new DeliveryWorker(queue, transports, config.getRetry().build(),
                config.getBatchSize(), config.getLease().toJavaDuration(), senders, clock,
                () -> ThreadLocalRandom.current().nextDouble());
        BackgroundLoop deliveries = new BackgroundLoop("notification-deliveries", worker::runOnce, pollInterval);

        Map<String, Object> producerProperties = kafka.producerProperties("operational-api-alert-rules");
        producerProperties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producerProperties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        producerProperties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties, new ByteArraySerializer(),
                new ByteArraySerializer());
        AlertRuleOutbox outbox = new AlertRuleOutbox();
        AlertRulePublisher publisher = new AlertRulePublisher(jdbi, outbox, producer, config.getRulesTopic());
        BackgroundLoop publishing = new BackgroundLoop("alert-rule-publisher", publisher::publishPending, pollInterval);

        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                producer.close(Duration.ofSeconds(5));
            }
        });
        environment.lifecycle().manage(publishing);
        environment.lifecycle().manage(deliveries);
        if (config.isConsumeAlerts()) {
            environment.lifecycle().manage(new KafkaConsumerLoop("alert-notifier",
                    kafka.consumerProperties(NOTIFIER_GROUP), config.getAlertsTopic(),
                    new AlertNotifier(jdbi, channels, endpoints, queue, deliveries::wake, clock)));
        }
        if (config.isConsumeEvents()) {
            environment.lifecycle().manage(new KafkaConsumerLoop("event-webhook-fan-out",
                    kafka.consumerProperties(WEBHOOKS_GROUP), config.getEventsTopic(),
                    new EventWebhookFanOut(jdbi, endpoints, queue, deliveries::wake, clock)));
        }

        environment.jersey().register(new AlertRulesResource(jdbi, new AlertRuleDao(), outbox, audit,
                publishing::wake, clock));
        environment.jersey().register(new NotificationChannelsResource(jdbi, channels, audit, clock));
        environment.jersey().register(new WebhooksResource(jdbi, endpoints, queue, sealer, policy, audit,
                deliveries::wake, clock));
    }
}
