package com.penguinmails.operational.infrastructure.mailu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penguinmails.operational.infrastructure.provider.ProviderException;
import com.penguinmails.operational.infrastructure.provider.ProviderException.Kind;
import com.penguinmails.operational.notifications.RetrySchedule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Administers mail domains and mailboxes on a Mailu server through its REST API ({@code /api/v1}, JSON, an API token
 * as {@code Authorization: Bearer}). Every operation is idempotent: creating what already exists (Mailu answers 409)
 * and deleting what is gone (404) count as done. Calls that fail with 5xx, a timeout or a broken connection are tried
 * again after the backoff of {@code retries}; the other failures are thrown at once as {@link ProviderException}. The
 * token and mailbox passwords never appear in exception messages.
 */
public final class MailuClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String apiToken;
    private final Duration timeout;
    private final RetrySchedule retries;
    private final HttpClient http;

    /**
     * @param base the API root, e.g. {@code https://mail.example.com/api/v1}
     * @param apiToken Mailu's {@code API_TOKEN}
     * @param timeout how long one call may take
     * @param retries how often and how soon unavailable calls are tried again (attempts in all)
     */
    public MailuClient(URI base, String apiToken, Duration timeout, RetrySchedule retries) {
        String root = base.toString();
        this.base = URI.create(root.endsWith("/") ? root : root + "/");
        this.apiToken = apiToken;
        this.timeout = timeout;
        this.retries = retries;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Creates mail domain {@code name}; true when this call created it, false when it existed already. */
    public boolean createDomain(String name) {
        ObjectNode body = JSON.createObjectNode().put("name", name);
        return created(send("POST", "domain", body), "domain " + name);
    }

    /**
     * Creates mailbox {@code email} with {@code password}; true when this call created it, false when it existed
     * (then its password is set to {@code password}, so the one shown to the caller works whichever attempt won).
     *
     * @throws ProviderException {@link Kind#NOT_FOUND} when Mailu has no such domain
     */
    public boolean createUser(String email, String password, long quotaBytes, Optional<String> displayName) {
        ObjectNode body = JSON.createObjectNode().put("email", email).put("raw_password", password)
                .put("quota_bytes", quotaBytes).put("enabled", true);
        displayName.ifPresent(name -> body.put("displayed_name", name));
        boolean created = created(send("POST", "user", body), "user " + email);
        if (!created) {
            HttpResponse<String> update = send("PATCH", "user/" + path(email),
                    JSON.createObjectNode().put("raw_password", password));
            requireSuccess(update, "update user " + email);
        }
        return created;
    }

    /** Deletes mailbox {@code email}; false when it did not exist. */
    public boolean deleteUser(String email) {
        return deleted(send("DELETE", "user/" + path(email), null), "user " + email);
    }

    private boolean created(HttpResponse<String> response, String what) {
        if (response.statusCode() == 409) {
            return false;
        }
        requireSuccess(response, "create " + what);
        return true;
    }

    private boolean deleted(HttpResponse<String> response, String what) {
        if (response.statusCode() == 404) {
            return false;
        }
        requireSuccess(response, "delete " + what);
        return true;
    }

    private static void requireSuccess(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String message = "mailu " + what + ": HTTP " + status + " " + message(response.body());
        Kind kind = status == 401 || status == 403 ? Kind.REJECTED : status == 404 ? Kind.NOT_FOUND
                : Kind.INVALID_REQUEST;
        throw new ProviderException(kind, message);
    }

    /** Sends one call, trying again while the answer is 5xx or there is none. */
    private HttpResponse<String> send(String method, String path, JsonNode body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + apiToken)
                .header("Accept", "application/json");
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        HttpRequest request = builder.build();
        int attempt = 0;
        while (true) {
            attempt++;
            ProviderException failure;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500) {
                    return response;
                }
                failure = new ProviderException(Kind.UNAVAILABLE, "mailu " + method + " " + path + ": HTTP "
                        + response.statusCode());
            } catch (HttpTimeoutException e) {
                failure = new ProviderException(Kind.UNAVAILABLE, "mailu " + method + " " + path
                        + ": no answer within " + timeout);
            } catch (IOException e) {
                failure = new ProviderException(Kind.UNAVAILABLE, "mailu " + method + " " + path + ": "
                        + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProviderException(Kind.UNAVAILABLE, "mailu " + method + " " + path + ": interrupted");
            }
            Optional<Duration> wait = retries.delayAfter(attempt, Math.random());
            if (wait.isEmpty()) {
                throw failure;
            }
            sleep(wait.get());
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(Kind.UNAVAILABLE, "mailu: interrupted while backing off");
        }
    }

    private static String message(String body) {
        try {
            JsonNode answer = JSON.readTree(body == null ? "" : body);
            return answer == null ? "" : answer.path("message").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
