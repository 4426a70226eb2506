package com.penguinmails.ingestion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.MutableServletContextHandler;
import io.dropwizard.metrics.jetty12.ee10.InstrumentedEE10Handler;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;

class IngestionServerFactoryTest {

    @Test
    void withoutRequestMetricsTheApplicationContextIsServedUninstrumented() {
        IngestionServerFactory factory = new IngestionServerFactory();
        factory.setRequestMetrics(false);
        Environment environment = new Environment("ingestion-test");

        Server server = factory.build(environment);

        assertThat(server.getDescendants(InstrumentedEE10Handler.class)).isEmpty();
        assertThat(server.getDescendants(MutableServletContextHandler.class))
                .contains(environment.getApplicationContext());
    }

    @Test
    void withRequestMetricsItIsDropwizardsDefaultServer() {
        Environment environment = new Environment("ingestion-test");

        Server server = new IngestionServerFactory().build(environment);

        assertThat(server.getDescendants(InstrumentedEE10Handler.class))
                .singleElement()
                .extracting(InstrumentedEE10Handler::getHandler)
                .isSameAs(environment.getApplicationContext());
    }
}
