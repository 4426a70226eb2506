package com.penguinmails.operational;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.penguinmails.openapi.OpenApiResource;
import com.penguinmails.operational.access.AccessFeature;
import com.penguinmails.operational.apikeys.ApiKeysFeature;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.audit.PostgresAuditTrail;
import com.penguinmails.operational.billing.BillingFeature;
import com.penguinmails.operational.billing.PostgresBillingAccounts;
import com.penguinmails.operational.domains.DomainsFeature;
import com.penguinmails.operational.errors.ErrorHandling;
import com.penguinmails.operational.health.HealthFeature;
import com.penguinmails.operational.infrastructure.InfrastructureFeature;
import com.penguinmails.operational.notifications.NotificationsFeature;
import com.penguinmails.operational.privacy.PrivacyFeature;
import com.penguinmails.operational.schema.SchemaMigrator;
import com.penguinmails.operational.schema.SchemaVersionDao;
import com.penguinmails.operational.secrets.SecretSealer;
import com.penguinmails.operational.sendingholds.PostgresSendingHolds;
import com.penguinmails.operational.status.StatusResource;
import com.penguinmails.operational.warmup.WarmupFeature;
import com.penguinmails.operational.usage.UsageFeature;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jdbi3.JdbiFactory;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operational API service: the platform's own records (tenants, and later keys, domains, billing) in PostgreSQL.
 * Start-up applies pending schema migrations before the service accepts requests.
 */
public class OperationalApiApplication extends Application<OperationalApiConfiguration> {

    /** Where the service's OpenAPI document is on the classpath. */
    public static final String OPENAPI_DOCUMENT = "/openapi/operational-api.yaml";

    private static final Logger LOG = LoggerFactory.getLogger(OperationalApiApplication.class);

    public static void main(String[] args) throws Exception {
        new OperationalApiApplication().run(args);
    }

    @Override
    public String getName() {
        return "operational-api";
    }

    @Override
    public void initialize(Bootstrap<OperationalApiConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @Override
    public void run(OperationalApiConfiguration configuration, Environment environment) {
        SecretSealer sealer = configuration.getSecrets().build();
        ManagedDataSource dataSource = configuration.getDatabase().build(environment.metrics(), "postgresql");
        int applied = new SchemaMigrator(dataSource).migrate();
        LOG.info("database schema migrations applied at start-up: {}", applied);

        // Registers the "postgresql" health check, which runs the validation query: a real round trip.
        Jdbi jdbi = new JdbiFactory().build(environment, configuration.getDatabase(), dataSource, "postgresql");

        environment.jersey().register(new OpenApiResource(OPENAPI_DOCUMENT));
        environment.jersey().register(new StatusResource(getName(), new SchemaVersionDao(jdbi)));

        ErrorHandling.register(environment);
        AuditTrail audit = new PostgresAuditTrail(environment.getObjectMapper(), Clock.systemUTC());
        ApiKeysFeature apiKeys = new ApiKeysFeature(configuration.getApiKeys(), jdbi, audit, Clock.systemUTC(),
                environment);
        apiKeys.register();
        new AccessFeature(configuration.getAccess(), configuration.getNotifications().getSmtp(), jdbi, sealer, audit,
                apiKeys.callers(), Clock.systemUTC()).register(environment);
        new PrivacyFeature(configuration.getPrivacy(), configuration.getClickHouse(), configuration.getKafka(), jdbi,
                audit).register(environment);
        new NotificationsFeature(configuration.getNotifications(), configuration.getKafka(), jdbi, sealer, audit)
                .register(environment);
        new DomainsFeature(configuration.getDomains(), jdbi, sealer, audit, Clock.systemUTC()).register(environment);
        new HealthFeature(configuration.getHealth(), configuration.getKafka(), jdbi, Clock.systemUTC())
                .register(environment);
        new WarmupFeature(configuration.getWarmup(), configuration.getKafka(), jdbi, audit, Clock.systemUTC())
                .register(environment);
        new InfrastructureFeature(configuration.getInfrastructure(), jdbi, audit, Clock.systemUTC())
                .register(environment);
        new BillingFeature(configuration.getBilling(), jdbi, audit, new PostgresSendingHolds(audit, Clock.systemUTC()),
                Clock.systemUTC()).register(environment);
        new UsageFeature(configuration.getUsage(), configuration.getClickHouse(), configuration.getBilling().getStripe(),
                jdbi, audit, new PostgresBillingAccounts(), Clock.systemUTC()).register(environment);
    }
}
