package com.penguinmails.operational.infrastructure;

import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.infrastructure.provider.ServerProvider;
import com.penguinmails.operational.notifications.BackgroundLoop;
import com.penguinmails.operational.notifications.RetrySchedule;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires sending infrastructure into the service: the servers and mailboxes resources, the provider error mapper and,
 * when configured, the provisioning worker as a managed background loop.
 */
public final class InfrastructureFeature {

    private final InfrastructureFactory configuration;
    private final Jdbi jdbi;
    private final AuditTrail audit;
    private final Clock clock;

    public InfrastructureFeature(InfrastructureFactory configuration, Jdbi jdbi, AuditTrail audit, Clock clock) {
        this.configuration = configuration;
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers the resources and the worker. */
    public void register(Environment environment) {
        ServerProvider provider = configuration.getHostwinds().build();
        RetrySchedule backoff = configuration.getBackoff().build();
        Duration pollInterval = Duration.ofMillis(configuration.getPollInterval().toMilliseconds());
        ServerProvisioning provisioning = new ServerProvisioning(provider, backoff, pollInterval,
                () -> ThreadLocalRandom.current().nextDouble());
        ProvisioningWorker worker = new ProvisioningWorker(jdbi, provisioning, clock,
                Duration.ofMillis(configuration.getLease().toMilliseconds()), configuration.getBatchSize());
        BackgroundLoop loop = new BackgroundLoop("server-provisioning", worker::runOnce, pollInterval);
        Runnable wake = configuration.isProvisioningWorker() ? loop::wake : () -> { };
        if (configuration.isProvisioningWorker()) {
            environment.lifecycle().manage(loop);
        }
        RetrySchedule requestRetry = configuration.getRequestRetry().build();
        Servers servers = new Servers(jdbi, provider, configuration.getPlans(), requestRetry, audit, clock, wake);
        Mailboxes mailboxes = new Mailboxes(jdbi, configuration.getMailu().build(requestRetry),
                configuration.getMailu().getDefaultQuotaBytes(), audit, clock);
        environment.jersey().register(new ProviderExceptionMapper());
        environment.jersey().register(new ServersResource(servers));
        environment.jersey().register(new InfrastructureCostsResource(servers));
        environment.jersey().register(new MailboxesResource(mailboxes, servers));
    }
}
