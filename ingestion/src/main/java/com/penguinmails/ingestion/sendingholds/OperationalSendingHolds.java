package com.penguinmails.ingestion.sendingholds;

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
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the operational API's sending holds ({@code GET /internal/v1/sending-holds}, with this service's token) into
 * {@link SendingHolds}. When the API cannot be reached or answers badly, the last good answer stays in force: a hold
 * stays until the API says it was lifted, and a new one is enforced from the first answer that has it. Before any
 * answer (ingestion started while the API was down) nothing is held: fail-open, because refusing every organisation's
 * sends for an operational API outage would do more harm than a few minutes of late enforcement of a budget or a
 * payment hold (both are billing controls, not safety ones).
 */
public final class OperationalSendingHolds implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(OperationalSendingHolds.class);
    static final String PATH = "/internal/v1/sending-holds";

    private final URI endpoint;
    private final String serviceToken;
    private final Duration pollInterval;
    private final Duration timeout;
    private final SendingHolds holds;
    private final HttpClient client;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private ScheduledExecutorService scheduler;

    /**
     * @param operationalApi the operational API's base address, e.g. {@code http://127.0.0.1:8084}
     * @param serviceToken this service's bearer token there (never logged)
     */
    public OperationalSendingHolds(URI operationalApi, String serviceToken, Duration pollInterval, Duration timeout,
            SendingHolds holds) {
        String base = operationalApi.toString();
        this.endpoint = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PATH);
        this.serviceToken = serviceToken;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
        this.holds = holds;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Polls once now (a failure only logs), then every poll interval in the background. */
    @Override
    public void start() {
        poll();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sending-holds-poller");
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
     * Fetches the holds and puts them in force.
     *
     * @return whether they were fetched
     */
    public boolean poll() {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(endpoint)
                    .timeout(timeout)
                    .header("Authorization", "Bearer " + serviceToken)
                    .header("Accept", "application/json")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warn("sending holds: {} answered {}; keeping the last answer", endpoint, response.statusCode());
                return false;
            }
            holds.use(parse(response.body()));
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("sending holds: {} failed ({}); keeping the last answer", endpoint, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The holds of a {@code {"sending_holds": [{"tenant_id", "workspace_id", "reason", "detail"}]}} answer. */
    static List<SendingHold> parse(String body) throws IOException {
        JsonNode list = MAPPER.readTree(body).path("sending_holds");
        if (!list.isArray()) {
            throw new IOException("answer lacks the sending_holds array");
        }
        List<SendingHold> parsed = new ArrayList<>();
        for (JsonNode entry : list) {
            String tenant = entry.path("tenant_id").asText("");
            String reason = entry.path("reason").asText("");
            if (tenant.isEmpty() || reason.isEmpty()) {
                throw new IOException("an entry lacks tenant_id or reason");
            }
            JsonNode workspace = entry.path("workspace_id");
            parsed.add(new SendingHold(tenant, workspace.isTextual() && !workspace.asText().isEmpty()
                    ? workspace.asText() : null, reason, entry.path("detail").asText("")));
        }
        return parsed;
    }
}
