package com.penguinmails.ingestion;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.penguinmails.apikeys.ApiKeyScopes;
import com.penguinmails.ingestion.bounce.ClassifyCommand;
import com.penguinmails.ingestion.bounce.InboundMailParser;
import com.penguinmails.ingestion.events.EventBatchReader;
import com.penguinmails.ingestion.events.EventsResource;
import com.penguinmails.ingestion.events.IntakeLimits;
import com.penguinmails.ingestion.inbound.BounceSmtpListener;
import com.penguinmails.ingestion.inbound.InboundFactory;
import com.penguinmails.ingestion.inbound.InboundMailRecorder;
import com.penguinmails.ingestion.inbound.InboundMessagesResource;
import com.penguinmails.ingestion.inbound.ReturnPathsResource;
import com.penguinmails.ingestion.inbound.VerpAddresses;
import com.penguinmails.ingestion.kafka.KafkaEventPublisher;
import com.penguinmails.ingestion.kafka.KafkaFactory;
import com.penguinmails.ingestion.kafka.KafkaHealthCheck;
import com.penguinmails.ingestion.kafka.SpoolHealthCheck;
import com.penguinmails.ingestion.kafka.SpoolingEventPublisher;
import com.penguinmails.ingestion.sendingholds.SendingHolds;
import com.penguinmails.ingestion.spool.SpoolFactory;
import com.penguinmails.openapi.OpenApiResource;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.AutoCloseableManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;

/**
 * The ingestion service: receives events over HTTP ({@code POST /v1/events}), authenticates the sender by API key, and
 * stores the valid events as Avro records on Kafka before acknowledging them.
 *
 * <p>Run with {@code java -jar ingestion-<version>-app.jar server ingestion.yml}.
 */
public class IngestionApplication extends Application<IngestionConfiguration> {

    /** Where the service's OpenAPI document is on the classpath. */
    public static final String OPENAPI_DOCUMENT = "/com/penguinmails/ingestion/openapi/openapi.yaml";

    private BounceSmtpListener inboundSmtp;

    public static void main(String[] args) throws Exception {
        new IngestionApplication().run(args);
    }

    @Override
    public String getName() {
        return "penguinmails-ingestion";
    }

    @Override
    public void initialize(Bootstrap<IngestionConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        bootstrap.addCommand(new ClassifyCommand());
    }

    @Override
    public void run(IngestionConfiguration configuration, Environment environment) throws Exception {
        KafkaFactory kafka = configuration.getKafka();
        SpoolFactory spool = configuration.getSpool();
        Duration kafkaTimeout = Duration.ofMillis(spool.getKafkaTimeout().toMilliseconds());
        SpoolingEventPublisher publisher = new SpoolingEventPublisher(
                new KafkaEventPublisher(kafka.buildProducer(kafkaTimeout), kafka.getTopic(), kafkaTimeout),
                spool.open(), kafkaTimeout, kafka.acknowledgementDeadline(),
                Duration.ofMillis(spool.getKafkaDownProbeInterval().toMilliseconds()), spool.getReplayBatchRecords(),
                environment.metrics());
        environment.lifecycle().manage(publisher);
        environment.healthChecks().register("spool", new SpoolHealthCheck(publisher));
        configuration.getRateLimits().buildFilter(environment.metrics()).ifPresent(environment.jersey()::register);
        Admin admin = kafka.buildAdmin();
        environment.lifecycle().manage(new AutoCloseableManager(admin));
        environment.healthChecks().register("kafka", new KafkaHealthCheck(admin, kafka.getTopic(),
                Duration.ofMillis(kafka.getHealthCheckTimeout().toMilliseconds())));

        configuration.getApiKeys().registerAuth(environment, ApiKeyScopes.EVENTS_WRITE);
        IntakeLimits intake = configuration.getIntake();
        SendingHolds sendingHolds = new SendingHolds();
        Optional.ofNullable(configuration.getSendingHolds().build(sendingHolds))
                .ifPresent(environment.lifecycle()::manage);
        environment.jersey().register(new EventsResource(
                new EventBatchReader(intake.getMaxBodySize().toBytes(), intake.getMaxEventsPerRequest()),
                publisher,
                Clock.systemUTC(),
                Duration.ofMillis(intake.getRetryAfter().toMilliseconds()),
                environment.metrics(),
                sendingHolds));
        configuration.getTracking().registerEndpoints(environment,
                publisher.forTracking(spool.getTrackingDurability()),
                publisher.forTracking(spool.getTrackingDurability().atLeastForced()), Clock.systemUTC());

        InboundFactory inbound = configuration.getInbound();
        VerpAddresses verp = new VerpAddresses(configuration.getTracking().keyring(), inbound.getMaxVerpLocalPartLength());
        InboundMailRecorder inboundMail = new InboundMailRecorder(new InboundMailParser(inbound.parserLimit()), verp,
                publisher, Clock.systemUTC());
        environment.jersey().register(new InboundMessagesResource(inboundMail, inbound.getMaxMessageSize().toBytes(),
                Duration.ofMillis(intake.getRetryAfter().toMilliseconds()), environment.metrics()));
        environment.jersey().register(new ReturnPathsResource(verp, inbound.getSmtp().getBounceDomains()));
        if (inbound.getSmtp().isEnabled()) {
            inboundSmtp = inbound.getSmtp().build(inboundMail, verp);
            environment.lifecycle().manage(inboundSmtp);
        }
        environment.jersey().register(new OpenApiResource(OPENAPI_DOCUMENT));
    }

    /** The inbound SMTP listener once {@link #run} started it, when {@code inbound.smtp.enabled}; its port is bound then. */
    public Optional<BounceSmtpListener> inboundSmtp() {
        return Optional.ofNullable(inboundSmtp);
    }
}
