package com.penguinmails.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Seeds the demo's organisations through the operational API, as a customer would: signs each up (or, when it exists
 * from an earlier run, signs its owner in), revokes the demo keys of earlier runs, whose secrets are gone, and issues
 * one fresh key with the scopes {@code events:write} and {@code analytics:read}. Running it again is harmless.
 */
public final class DemoOrganisations {

    /** The name of the key issued for every run; earlier keys of this name are revoked. */
    static final String DEMO_KEY_NAME = "local demo";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI operationalApi;

    public DemoOrganisations(HttpClient http, URI operationalApi) {
        this.http = http;
        this.operationalApi = operationalApi;
    }

    /** The owner's email of the demo organisation {@code name}. */
    public static String ownerEmail(String name) {
        return "owner@" + name + ".demo.localhost";
    }

    /**
     * Makes sure organisation {@code name} exists with an owner signing in with {@code ownerPassword}, and issues this
     * run's key.
     *
     * @param name lower-case letters, digits and dashes (it becomes part of the owner's email)
     */
    public DemoTenant seed(String name, String ownerPassword) throws IOException, InterruptedException {
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("demo tenant names are lower-case letters, digits and dashes: " + name);
        }
        String email = ownerEmail(name);
        HttpResponse<String> signUp = send("POST", "/v1/signup", null,
                Map.of("organisation", name, "email", email, "password", ownerPassword));
        if (signUp.statusCode() != 201 && signUp.statusCode() != 409) {
            throw failure("signing up " + name, signUp);
        }
        HttpResponse<String> signIn = send("POST", "/v1/sessions", null, Map.of("email", email, "password",
                ownerPassword));
        if (signIn.statusCode() != 201) {
            throw failure("signing in the owner of " + name + " (a data directory from a run with another owner "
                    + "password? use that password or --fresh)", signIn);
        }
        JsonNode session = JSON.readTree(signIn.body());
        String token = session.get("token").asText();
        String tenantId = session.get("organisation_id").asText();

        HttpResponse<String> keys = send("GET", "/v1/api-keys", token, null);
        if (keys.statusCode() != 200) {
            throw failure("listing the keys of " + name, keys);
        }
        for (JsonNode key : JSON.readTree(keys.body()).get("api_keys")) {
            if (DEMO_KEY_NAME.equals(key.get("name").asText())) {
                HttpResponse<String> revoked = send("DELETE", "/v1/api-keys/" + key.get("id").asText(), token, null);
                if (revoked.statusCode() != 200) {
                    throw failure("revoking an earlier demo key of " + name, revoked);
                }
            }
        }
        HttpResponse<String> created = send("POST", "/v1/api-keys", token,
                Map.of("name", DEMO_KEY_NAME, "scopes", List.of("events:write", "analytics:read")));
        if (created.statusCode() != 201) {
            throw failure("issuing the demo key of " + name, created);
        }
        send("DELETE", "/v1/sessions/current", token, null);
        return new DemoTenant(name, tenantId, JSON.readTree(created.body()).get("secret").asText());
    }

    private HttpResponse<String> send(String method, String path, String bearer, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(operationalApi.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static IOException failure(String what, HttpResponse<String> response) {
        return new IOException(what + " failed: HTTP " + response.statusCode() + " " + response.body());
    }
}
