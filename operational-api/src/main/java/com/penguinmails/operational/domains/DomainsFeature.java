package com.penguinmails.operational.domains;

import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.secrets.SecretSealer;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** Wires sending domains into the service: the domains resource and the internal tracking-domains list. */
public final class DomainsFeature {

    private final DomainsFactory configuration;
    private final Jdbi jdbi;
    private final SecretSealer sealer;
    private final AuditTrail audit;
    private final Clock clock;

    public DomainsFeature(DomainsFactory configuration, Jdbi jdbi, SecretSealer sealer, AuditTrail audit, Clock clock) {
        this.configuration = configuration;
        this.jdbi = jdbi;
        this.sealer = sealer;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers the resources. */
    public void register(Environment environment) {
        SendingDomains domains = new SendingDomains(jdbi, sealer, audit, configuration.buildPlatformDns(),
                configuration.getDns().buildLookup(), configuration.getDns().buildLookupPerResolver(),
                environment.getObjectMapper(), clock);
        environment.jersey().register(new DomainsResource(domains));
        environment.jersey().register(new TrackingDomainsResource(domains));
    }
}
