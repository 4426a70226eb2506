package com.penguinmails.operational.access;

import com.penguinmails.operational.apikeys.ApiKeyCallers;
import com.penguinmails.operational.sessions.SessionCallers;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires people and access into the service: the bearer-token authentication behind {@code @Auth Caller} (sessions,
 * service tokens, API keys).
 */
public final class AccessFeature {

    private final AccessFactory configuration;
    private final Jdbi jdbi;
    private final ApiKeyCallers apiKeys;
    private final Clock clock;

    public AccessFeature(AccessFactory configuration, Jdbi jdbi, ApiKeyCallers apiKeys, Clock clock) {
        this.configuration = configuration;
        this.jdbi = jdbi;
        this.apiKeys = apiKeys;
        this.clock = clock;
    }

    /** Registers the authentication filter and the {@code @Auth Caller} parameter binding. */
    public void register(Environment environment) {
        SessionCallers sessions = new SessionCallers(jdbi, clock,
                configuration.getSessionIdleTimeout().toJavaDuration());
        CallerAuthenticator authenticator = new CallerAuthenticator(sessions,
                configuration.buildServiceCallers(), apiKeys);
        environment.jersey().register(new AuthDynamicFeature(BearerTokenAuthFilter.using(authenticator)));
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(Caller.class));
    }
}
