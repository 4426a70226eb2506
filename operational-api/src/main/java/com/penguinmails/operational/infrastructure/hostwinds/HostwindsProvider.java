package com.penguinmails.operational.infrastructure.hostwinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.operational.infrastructure.provider.ProviderException;
import com.penguinmails.operational.infrastructure.provider.ProviderException.Kind;
import com.penguinmails.operational.infrastructure.provider.ProviderIp;
import com.penguinmails.operational.infrastructure.provider.ProviderServer;
import com.penguinmails.operational.infrastructure.provider.ServerOrder;
import com.penguinmails.operational.infrastructure.provider.ServerProvider;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link ServerProvider} over the Hostwinds Cloud API: every call is an HTTP POST of a form ({@code API} = the API
 * key, {@code action} = the operation, then its parameters) to one endpoint, answered with JSON. A 200 answer may
 * still be a failure: {@code [{"result": "error", "message": ...}]}. Hostwinds takes no idempotency key, so orders
 * carry a deterministic {@code srvrname} and are found again with {@code get_instance_ids} + {@code search}.
 *
 * <p>The API key goes only into request bodies; it is never part of an exception message or a log line.
 */
public final class HostwindsProvider implements ServerProvider {

    /** The name stored in {@code servers.provider}. */
    public static final String NAME = "hostwinds";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String apiKey;
    private final Duration timeout;
    private final String template;
    private final Map<String, Integer> locations;
    private final Map<String, Integer> products;
    private final HttpClient http;

    /**
     * @param endpoint the API endpoint, e.g. {@code https://clients.hostwinds.com/cloud/api.php}
     * @param apiKey the account's API key
     * @param timeout how long one call may take before its outcome counts as unknown
     * @param template the OS template new servers are built from
     * @param locations the platform's region names to Hostwinds {@code location_id}s
     * @param products the platform's plan names to Hostwinds product ids ({@code rid})
     */
    public HostwindsProvider(URI endpoint, String apiKey, Duration timeout, String template,
            Map<String, Integer> locations, Map<String, Integer> products) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.template = template;
        this.locations = Map.copyOf(locations);
        this.products = Map.copyOf(products);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean offers(String region, String plan) {
        return locations.containsKey(region) && products.containsKey(plan);
    }

    @Override
    public Optional<String> create(ServerOrder order) {
        if (!offers(order.region(), order.plan())) {
            throw new ProviderException(Kind.INVALID_REQUEST,
                    "hostwinds offers no plan " + order.plan() + " in region " + order.region());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("template", template);
        form.put("rid", Integer.toString(products.get(order.plan())));
        form.put("location_id", Integer.toString(locations.get(order.region())));
        form.put("srvrname", order.name());
        form.put("qty", "1");
        call("add_instance", form);
        // The answer only confirms the queued order ("Server is being Created!"); the id comes from the lookup.
        return Optional.empty();
    }

    @Override
    public Optional<ProviderServer> findByName(String name) {
        JsonNode found = call("get_instance_ids", Map.of("search", name));
        for (JsonNode instance : elements(found)) {
            if (name.equals(instance.path("srvrname").asText()) || name.equals(instance.path("hostname").asText())) {
                return Optional.of(get(instance.path("id").asText()));
            }
        }
        return Optional.empty();
    }

    @Override
    public ProviderServer get(String providerServerId) {
        JsonNode instance = instance(providerServerId);
        String status = instance.path("status").asText("").toLowerCase(Locale.ROOT);
        String vmState = instance.path("vm_state").asText("").toLowerCase(Locale.ROOT);
        String taskState = instance.path("task_state").isNull() ? "" : instance.path("task_state").asText("");
        ProviderServer.State state;
        if (vmState.equals("error") || status.equals("terminated") || status.equals("cancelled")
                || status.equals("suspended") || instance.path("is_suspended").asInt(0) == 1) {
            state = ProviderServer.State.FAILED;
        } else if (status.equals("active") && vmState.equals("active") && taskState.isEmpty()) {
            state = ProviderServer.State.ACTIVE;
        } else {
            state = ProviderServer.State.BUILDING;
        }
        String name = instance.path("srvrname").asText(instance.path("hostname").asText(""));
        return new ProviderServer(providerServerId, name, state,
                "status=" + status + " vm_state=" + vmState + (taskState.isEmpty() ? "" : " task_state=" + taskState));
    }

    @Override
    public List<ProviderIp> ips(String providerServerId) {
        JsonNode instance = instance(providerServerId);
        List<ProviderIp> ips = new ArrayList<>();
        String main = instance.path("main_ip").asText("");
        if (!main.isEmpty()) {
            ips.add(new ProviderIp(main, true));
        }
        for (JsonNode ip : elements(instance.path("ips"))) {
            String address = ip.isTextual() ? ip.asText() : ip.path("ip").asText("");
            if (!address.isEmpty() && !address.equals(main)) {
                ips.add(new ProviderIp(address, false));
            }
        }
        String v6 = instance.path("ip_v6").asText("");
        if (!v6.isEmpty()) {
            ips.add(new ProviderIp(v6, false));
        }
        return ips;
    }

    @Override
    public void setReverseDns(String providerServerId, String ip, String hostname) {
        call("set_rdns", Map.of("serviceid", providerServerId, "ip", ip, "rdns", hostname));
    }

    @Override
    public void delete(String providerServerId) {
        call("terminate", Map.of("serviceid", providerServerId));
    }

    private JsonNode instance(String providerServerId) {
        JsonNode answer = call("get_instance", Map.of("serviceid", providerServerId));
        JsonNode instance = answer.isArray() && answer.size() > 0 ? answer.get(0) : answer;
        if (!instance.isObject()) {
            throw new ProviderException(Kind.NOT_FOUND, "hostwinds get_instance: no instance " + providerServerId);
        }
        return instance;
    }

    /** One API call; throws for every failure, including a 200 answer that reports an error. */
    private JsonNode call(String action, Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("API", apiKey);
        form.put("action", action);
        form.putAll(parameters);
        String body = form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ProviderException(Kind.UNAVAILABLE, "hostwinds " + action + ": no answer within " + timeout);
        } catch (IOException e) {
            throw new ProviderException(Kind.UNAVAILABLE, "hostwinds " + action + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(Kind.UNAVAILABLE, "hostwinds " + action + ": interrupted");
        }
        int status = response.statusCode();
        JsonNode answer = parse(response.body());
        String message = errorMessage(answer).orElse("");
        if (status >= 500) {
            throw new ProviderException(Kind.UNAVAILABLE, "hostwinds " + action + ": HTTP " + status);
        }
        if (status == 401 || status == 403) {
            throw new ProviderException(Kind.REJECTED, "hostwinds " + action + ": HTTP " + status + " " + message);
        }
        if (status == 404) {
            throw new ProviderException(Kind.NOT_FOUND, "hostwinds " + action + ": HTTP 404 " + message);
        }
        if (status == 429) {
            throw new ProviderException(Kind.UNAVAILABLE, "hostwinds " + action + ": rate limited");
        }
        if (status >= 400) {
            throw new ProviderException(Kind.INVALID_REQUEST, "hostwinds " + action + ": HTTP " + status + " "
                    + message);
        }
        if (answer == null) {
            throw new ProviderException(Kind.UNAVAILABLE, "hostwinds " + action + ": an answer that is not JSON");
        }
        if (errorMessage(answer).isPresent()) {
            throw new ProviderException(kindOf(message), "hostwinds " + action + ": " + message);
        }
        return answer;
    }

    /** Hostwinds words its errors in the message; the kinds are read from the documented ones. */
    static Kind kindOf(String message) {
        String text = message.toLowerCase(Locale.ROOT);
        if (text.contains("not authorized") || text.contains("api key") || text.contains("insufficient")
                || text.contains("credit") || text.contains("limit")) {
            return Kind.REJECTED;
        }
        if (text.contains("valid serviceid") || text.contains("service id") || text.contains("not found")) {
            return Kind.NOT_FOUND;
        }
        return Kind.INVALID_REQUEST;
    }

    private static Optional<String> errorMessage(JsonNode answer) {
        if (answer == null) {
            return Optional.empty();
        }
        for (JsonNode item : answer.isArray() ? answer : List.of(answer)) {
            if ("error".equalsIgnoreCase(item.path("result").asText()) || item.has("error")) {
                String message = item.path("message").asText(item.path("error").asText("error"));
                return Optional.of(message.isEmpty() ? "error" : message);
            }
        }
        return Optional.empty();
    }

    private static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> elements = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(elements::add);
        } else if (node != null && node.isObject()) {
            // get_instance_ids keys its answer by instance id
            node.fields().forEachRemaining(entry -> elements.add(entry.getValue()));
        }
        return elements;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
