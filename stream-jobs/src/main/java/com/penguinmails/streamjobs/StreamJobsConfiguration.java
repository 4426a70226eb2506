package com.penguinmails.streamjobs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.streamjobs.alerts.HealthAndAlertsFactory;
import com.penguinmails.streamjobs.attribution.AttributionFactory;
import com.penguinmails.streamjobs.clickhouse.ClickHouseSinkFactory;
import com.penguinmails.streamjobs.enrichment.EnrichmentFactory;
import com.penguinmails.streamjobs.kafka.KafkaFactory;
import com.penguinmails.streamjobs.runtime.CheckpointingFactory;
import com.penguinmails.streamjobs.runtime.RestartStrategyFactory;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.BaseValidator;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.StringSubstitutor;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;

/**
 * Configuration of the stream jobs, read from YAML with {@code ${VAR}} / {@code ${VAR:-default}} substitution.
 *
 * <p>See {@code stream-jobs/config/stream-jobs.yml} for every key. The nested factories build the Kafka source and
 * dead-letter sink, the ClickHouse client and sink, and the Flink runtime settings.
 */
public class StreamJobsConfiguration {

    @Valid
    @NotNull
    private KafkaFactory kafka = new KafkaFactory();

    @Valid
    @NotNull
    private ClickHouseFactory clickHouse = new ClickHouseFactory();

    @Valid
    @NotNull
    private ClickHouseSinkFactory clickHouseSink = new ClickHouseSinkFactory();

    @Valid
    @NotNull
    private CheckpointingFactory checkpointing = new CheckpointingFactory();

    @Valid
    @NotNull
    private RestartStrategyFactory restartStrategy = new RestartStrategyFactory();

    @Min(1)
    private Integer parallelism;

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    private Duration dedupTtl = Duration.days(7);

    @Valid
    @NotNull
    private EnrichmentFactory enrichment = new EnrichmentFactory();

    @Valid
    @NotNull
    private HealthAndAlertsFactory healthAndAlerts = new HealthAndAlertsFactory();

    @Valid
    @NotNull
    private AttributionFactory attribution = new AttributionFactory();

    /**
     * Reads a configuration file, substituting environment variables ({@code ${VAR}}, {@code ${VAR:-default}});
     * a variable that is referenced without a default and not set is an error.
     *
     * @throws ConfigurationException if the file is not valid YAML for this class or fails validation
     * @throws IOException if the file cannot be read
     */
    public static StreamJobsConfiguration load(Path file) throws IOException, ConfigurationException {
        return load(file, new EnvironmentVariableSubstitutor(true));
    }

    /**
     * Reads a configuration file with the given variable substitution (tests pass their own variables).
     *
     * @throws ConfigurationException if the file is not valid YAML for this class or fails validation
     * @throws IOException if the file cannot be read
     */
    public static StreamJobsConfiguration load(Path file, StringSubstitutor variables)
            throws IOException, ConfigurationException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule());
        YamlConfigurationFactory<StreamJobsConfiguration> factory = new YamlConfigurationFactory<>(
                StreamJobsConfiguration.class, BaseValidator.newValidator(), mapper, "penguinmails");
        return factory.build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), variables),
                file.toString());
    }

    /**
     * The Flink settings of this configuration: checkpointing, restart strategy and, when set, parallelism; apply
     * them to an environment before building a job on it.
     */
    public Configuration flinkConfiguration() {
        Configuration configuration = new Configuration();
        checkpointing.applyTo(configuration);
        restartStrategy.applyTo(configuration);
        if (parallelism != null) {
            configuration.set(CoreOptions.DEFAULT_PARALLELISM, parallelism);
        }
        return configuration;
    }

    @JsonProperty
    public KafkaFactory getKafka() {
        return kafka;
    }

    @JsonProperty
    public void setKafka(KafkaFactory kafka) {
        this.kafka = kafka;
    }

    @JsonProperty
    public ClickHouseFactory getClickHouse() {
        return clickHouse;
    }

    @JsonProperty
    public void setClickHouse(ClickHouseFactory clickHouse) {
        this.clickHouse = clickHouse;
    }

    @JsonProperty
    public ClickHouseSinkFactory getClickHouseSink() {
        return clickHouseSink;
    }

    @JsonProperty
    public void setClickHouseSink(ClickHouseSinkFactory clickHouseSink) {
        this.clickHouseSink = clickHouseSink;
    }

    @JsonProperty
    public CheckpointingFactory getCheckpointing() {
        return checkpointing;
    }

    @JsonProperty
    public void setCheckpointing(CheckpointingFactory checkpointing) {
        this.checkpointing = checkpointing;
    }

    @JsonProperty
    public RestartStrategyFactory getRestartStrategy() {
        return restartStrategy;
    }

    @JsonProperty
    public void setRestartStrategy(RestartStrategyFactory restartStrategy) {
        this.restartStrategy = restartStrategy;
    }

    /** Parallelism of every operator; null leaves the environment's default (e.g. {@code flink run -p}). */
    @JsonProperty
    public Integer getParallelism() {
        return parallelism;
    }

    @JsonProperty
    public void setParallelism(Integer parallelism) {
        this.parallelism = parallelism;
    }

    /** How long the events job remembers an event id to drop repeats. */
    @JsonProperty
    public Duration getDedupTtl() {
        return dedupTtl;
    }

    @JsonProperty
    public void setDedupTtl(Duration dedupTtl) {
        this.dedupTtl = dedupTtl;
    }

    /** Settings of the events job's enrichment stage (state TTLs, tenants' zones and sending IPs, classifier). */
    @JsonProperty
    public EnrichmentFactory getEnrichment() {
        return enrichment;
    }

    @JsonProperty
    public void setEnrichment(EnrichmentFactory enrichment) {
        this.enrichment = enrichment;
    }

    /** The health and alerts stage: rules and alerts topics, evaluation intervals, health limits. */
    @JsonProperty
    public HealthAndAlertsFactory getHealthAndAlerts() {
        return healthAndAlerts;
    }

    @JsonProperty
    public void setHealthAndAlerts(HealthAndAlertsFactory healthAndAlerts) {
        this.healthAndAlerts = healthAndAlerts;
    }

    /** The attribution stage: lookback windows, half-life, touch kinds, lateness. */
    @JsonProperty
    public AttributionFactory getAttribution() {
        return attribution;
    }

    @JsonProperty
    public void setAttribution(AttributionFactory attribution) {
        this.attribution = attribution;
    }
}
