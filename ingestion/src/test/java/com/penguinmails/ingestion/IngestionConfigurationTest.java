package com.penguinmails.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.ingestion.server.IngestionServerFactory;
import com.penguinmails.ingestion.spool.FsyncPolicy;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.util.DataSize;
import org.junit.jupiter.api.Test;

class IngestionConfigurationTest {

    @Test
    void theShippedConfigurationIsValidWithItsDefaults() throws Exception {
        IngestionConfiguration configuration = new YamlConfigurationFactory<>(IngestionConfiguration.class,
                Validators.newValidator(), Jackson.newObjectMapper(), "dw")
                .build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(),
                        new EnvironmentVariableSubstitutor(false)), "config/ingestion.yml");

        assertThat(configuration.getKafka().getBootstrapServers())
                .isEqualTo(System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));
        assertThat(configuration.getKafka().producerProperties()).containsEntry("acks", "all");
        assertThat(configuration.getApiKeys().getKeys()).hasSize(1);
        assertThat(configuration.getIntake().getMaxBodySize())
                .isEqualTo(DataSize.parse(System.getenv().getOrDefault("INGESTION_MAX_BODY_SIZE", "5MiB")));
        assertThat(configuration.getSpool().getFsync()).isEqualTo(FsyncPolicy.ALWAYS);
        assertThat(configuration.getSpool().getSegmentSize()).isEqualTo(DataSize.mebibytes(64));
        assertThat(configuration.getRateLimits().getDefaultLimit().burst()).isPositive();
        assertThat(configuration.getLoggingFactory()).isInstanceOf(DefaultLoggingFactory.class);
        assertThat(configuration.getServerFactory()).isInstanceOfSatisfying(IngestionServerFactory.class,
                server -> assertThat(server.isRequestMetrics()).isEqualTo(
                        Boolean.parseBoolean(System.getenv().getOrDefault("INGESTION_REQUEST_METRICS", "false"))));
    }
}
