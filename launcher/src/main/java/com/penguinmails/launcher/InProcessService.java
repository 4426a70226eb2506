package com.penguinmails.launcher;

import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * One Dropwizard service running inside the launcher's JVM, started from a configuration file.
 *
 * <p>The launcher's configuration files set {@code logging: type: external}, so the launcher's logback configuration
 * stays the only one while several services share the JVM.
 */
final class InProcessService implements AutoCloseable {

    private final String name;
    private final DropwizardTestSupport<?> support;

    private InProcessService(String name, DropwizardTestSupport<?> support) {
        this.name = name;
        this.support = support;
    }

    /** Starts {@code application} with the configuration in {@code configFile}. */
    static <C extends Configuration> InProcessService start(String name, Class<? extends Application<C>> application,
            Path configFile) throws Exception {
        return start(name, application, configFile, Map.of());
    }

    /**
     * Starts {@code application} with the configuration in {@code configFile} and {@code overrides} (configuration path
     * to value) for values that must not be written to a file, such as secrets. The overrides travel as system
     * properties under a prefix of this service's own, so the other services in the JVM never see them.
     */
    static <C extends Configuration> InProcessService start(String name, Class<? extends Application<C>> application,
            Path configFile, Map<String, String> overrides) throws Exception {
        String prefix = "launcher." + name;
        ConfigOverride[] configOverrides = overrides.entrySet().stream()
                .map(entry -> ConfigOverride.config(prefix, entry.getKey(), entry.getValue()))
                .toArray(ConfigOverride[]::new);
        DropwizardTestSupport<C> support = new DropwizardTestSupport<>(application, configFile.toString(), prefix,
                configOverrides);
        support.before();
        return new InProcessService(name, support);
    }

    String name() {
        return name;
    }

    /** The base address of the service's application port, e.g. {@code http://127.0.0.1:8080}. */
    URI baseUri() {
        return URI.create("http://127.0.0.1:" + support.getLocalPort());
    }

    /** The base address of the service's admin port (health checks, metrics). */
    URI adminUri() {
        return URI.create("http://127.0.0.1:" + support.getAdminPort());
    }

    @Override
    public void close() {
        support.after();
    }
}
