package com.penguinmails.operational.apikeys;

import com.penguinmails.operational.audit.AuditTrail;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires API keys into the service: the {@code /v1/api-keys} resource, the internal validation endpoint, the batched
 * last-used writer, and {@link #callers()} for the request authentication.
 */
public final class ApiKeysFeature {

    private final IssuedApiKeysFactory configuration;
    private final Jdbi jdbi;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApiKeyDao dao = new ApiKeyDao();
    private final Environment environment;
    private final LastUsedRecorder lastUsed;
    private final JdbiApiKeyCallers callers;

    public ApiKeysFeature(IssuedApiKeysFactory configuration, Jdbi jdbi, AuditTrail audit, Clock clock,
            Environment environment) {
        this.configuration = configuration;
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
        this.environment = environment;
        this.lastUsed = new LastUsedRecorder(jdbi, dao,
                environment.lifecycle().scheduledExecutorService("api-keys-last-used").threads(1).build(),
                configuration.getLastUsedFlushInterval().toJavaDuration());
        this.callers = new JdbiApiKeyCallers(jdbi, dao, lastUsed, clock);
    }

    /** Resolves presented API keys to callers, for the bearer authentication. */
    public ApiKeyCallers callers() {
        return callers;
    }

    /** Registers the resources and the last-used writer. */
    public void register() {
        environment.lifecycle().manage(lastUsed);
        environment.jersey().register(new ApiKeysResource(jdbi, dao, new ApiKeySecrets(configuration.getEnvironment()),
                audit, configuration.getRotationGracePeriod().toJavaDuration(), clock));
        environment.jersey().register(new ApiKeyValidationResource(callers));
    }
}
