package com.penguinmails.ingestion;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.penguinmails.ingestion.bounce.ClassifyCommand;
import com.penguinmails.ingestion.events.EventBatchReader;
import com.penguinmails.ingestion.events.EventsResource;
import com.penguinmails.ingestion.events.IntakeLimits;
import com.penguinmails.ingestion.kafka.KafkaEventPublisher;
import com.penguinmails.ingestion.kafka.KafkaFactory;
import com.penguinmails.ingestion.kafka.KafkaHealthCheck;
import com.penguinmails.openapi.OpenApiResource;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.AutoCloseableManager;
import java.time.Clock;
import java.time.Duration;
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
    public void run(IngestionConfiguration configuration, Environment environment) {
        KafkaFactory kafka = configuration.getKafka();
        KafkaEventPublisher publisher =
                new KafkaEventPublisher(kafka.buildProducer(), kafka.getTopic(), kafka.acknowledgementDeadline());
        environment.lifecycle().manage(publisher);
        Admin admin = kafka.buildAdmin();
        environment.lifecycle().manage(new AutoCloseableManager(admin));
        environment.healthChecks().register("kafka", new KafkaHealthCheck(admin, kafka.getTopic(),
                Duration.ofMillis(kafka.getHealthCheckTimeout().toMilliseconds())));

        configuration.getApiKeys().registerAuth(environment);
        IntakeLimits intake = configuration.getIntake();
        environment.jersey().register(new EventsResource(
                new EventBatchReader(intake.getMaxBodySize().toBytes(), intake.getMaxEventsPerRequest()),
                publisher,
                Clock.systemUTC(),
                Duration.ofMillis(intake.getRetryAfter().toMilliseconds()),
                environment.metrics()));
        environment.jersey().register(new OpenApiResource(OPENAPI_DOCUMENT));
    }
}
