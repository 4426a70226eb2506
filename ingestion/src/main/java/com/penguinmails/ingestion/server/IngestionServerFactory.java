package com.penguinmails.ingestion.server;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.dropwizard.jetty.MutableServletContextHandler;
import jakarta.servlet.Servlet;
import jakarta.validation.Validator;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;

/**
 * Dropwizard's default server ({@code server: type: ingestion}) with one choice more: {@code requestMetrics}, whether
 * every request on the application port goes through Dropwizard's instrumented Jetty handler (a request timer, an
 * active-request counter and a meter per status class, all shared by every request thread).
 *
 * <p>Off in the shipped configuration: on the tracking hot path that handler cost 4-11 % of the server's CPU per
 * request (ingestion/TRACKING.md, "Per-request costs"), and it only repeats what the endpoints measure themselves
 * ({@code ingestion.tracking.*} meters, the {@code @Timed} API resources).
 */
@JsonTypeName("ingestion")
public class IngestionServerFactory extends DefaultServerFactory {

    private boolean requestMetrics = true;

    @JsonProperty
    public boolean isRequestMetrics() {
        return requestMetrics;
    }

    @JsonProperty
    public void setRequestMetrics(boolean requestMetrics) {
        this.requestMetrics = requestMetrics;
    }

    @Override
    protected Handler createAppServlet(Server server, JerseyEnvironment jersey, ObjectMapper objectMapper,
            Validator validator, MutableServletContextHandler handler, Servlet jerseyContainer,
            MetricRegistry metricRegistry) {
        Handler instrumented = super.createAppServlet(server, jersey, objectMapper, validator, handler,
                jerseyContainer, metricRegistry);
        if (requestMetrics) {
            return instrumented;
        }
        ((Handler.Wrapper) instrumented).setHandler((Handler) null);
        return handler;
    }
}
