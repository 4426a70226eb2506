package com.penguinmails.ingestion.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.lifecycle.Managed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the operational API's verified custom tracking domains ({@code GET /internal/v1/tracking-domains}, with this
 * service's token) and hands them to {@link TrackingDomains}. When the API cannot be reached or answers badly, the last
 * good list stays in use; the configured domains always work.
 */
public final class OperationalTrackingDomains implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(OperationalTrackingDomains.class);
    static final String PATH = "/internal/v1/tracking-domains";

    private final URI endpoint;
    private final String serviceToken;
    private final Duration pollInterval;
    private final Duration timeout;
    private final TrackingDomains domains;
    private final HttpClient client;
    private final ObjectMapper mapper = new ObjectMapper();
    private ScheduledExecutorService scheduler;

    /**
     * @param operationalApi the operational API's base address, e.g. {@code http://127.0.0.1:8084}
     * @param serviceToken this service's bearer token there (never logged)
     */
    public OperationalTrackingDomains(URI operationalApi, String serviceToken, Duration pollInterval, Duration timeout,
            TrackingDomains domains) {
        String base = operationalApi.toString();
        this.endpoint = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PATH);
        this.serviceToken = serviceToken;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
        this.domains = domains;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Polls once now (a failure only logs), then every poll interval in the background. */
    @Override
    public void start() {
        poll();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tracking-domains-poller");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::poll, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /**
     * Fetches the list and installs it.
     *
     * @return whether the list was fetched and installed
     */
    public boolean poll() {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(endpoint)
                    .timeout(timeout)
                    .header("Authorization", "Bearer " + serviceToken)
                    .header("Accept", "application/json")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warn("tracking domains: {} answered {}; keeping the last list", endpoint, response.statusCode());
                return false;
            }
            domains.useOperationalDomains(parse(response.body()));
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("tracking domains: {} failed ({}); keeping the last list", endpoint, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The host names per tenant of a {@code {"tracking_domains": [{"domain", "tenant_id"}]}} answer, in order. */
    Map<String, List<String>> parse(String body) throws IOException {
        JsonNode list = mapper.readTree(body).path("tracking_domains");
        if (!list.isArray()) {
            throw new IOException("answer lacks the tracking_domains array");
        }
        Map<String, List<String>> byTenant = new LinkedHashMap<>();
        for (JsonNode entry : list) {
            String domain = entry.path("domain").asText("");
            String tenant = entry.path("tenant_id").asText("");
            if (domain.isEmpty() || tenant.isEmpty()) {
                throw new IOException("an entry lacks domain or tenant_id");
            }
            byTenant.computeIfAbsent(tenant, key -> new ArrayList<>()).add(domain);
        }
        return byTenant;
    }
}
