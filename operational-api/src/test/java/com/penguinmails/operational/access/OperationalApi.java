package com.penguinmails.operational.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.operational.OperationalApiApplication;
import com.penguinmails.operational.OperationalApiConfiguration;
import com.penguinmails.operational.TestDatabases;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The whole operational API started on a fresh database of the embedded PostgreSQL, with a plain HTTP client and the
 * people and access steps ITs need (sign up, sign in, invite someone with a role). Reusable by every IT of the module:
 * {@code OperationalApi api = OperationalApi.start(stack, "my_it")} in {@code @BeforeAll}, {@code api.stop()} in
 * {@code @AfterAll}.
 */
public final class OperationalApi {

    /** A password every test person uses; it satisfies the password policy. */
    public static final String PASSWORD = "correct horse battery staple";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DropwizardAppExtension<OperationalApiConfiguration> app;
    private final Jdbi jdbi;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OperationalApi(DropwizardAppExtension<OperationalApiConfiguration> app, Jdbi jdbi) {
        this.app = app;
        this.jdbi = jdbi;
    }

    /**
     * Starts the service on a new empty database {@code database}, with the test configuration plus
     * {@code overrides}.
     */
    public static OperationalApi start(EmbeddedStack stack, String database, ConfigOverride... overrides)
            throws Exception {
        DataSource dataSource = TestDatabases.create(stack, database);
        List<ConfigOverride> all = new ArrayList<>(List.of(
                ConfigOverride.config("database.url", TestDatabases.jdbcUrl(stack, database)),
                ConfigOverride.config("database.user", stack.postgres().username()),
                ConfigOverride.config("database.password", stack.postgres().password())));
        all.addAll(List.of(overrides));
        DropwizardAppExtension<OperationalApiConfiguration> app = new DropwizardAppExtension<>(
                OperationalApiApplication.class, ResourceHelpers.resourceFilePath("operational-api-test.yml"),
                all.toArray(ConfigOverride[]::new));
        app.before();
        return new OperationalApi(app, Jdbi.create(dataSource));
    }

    /** Stops the service. */
    public void stop() {
        app.after();
    }

    /** The address of {@code path} on the running service, for requests {@link #call} cannot make. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.getLocalPort() + path);
    }

    /** Direct access to the service's database, for assertions on what was stored. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** Calls {@code method path} with an optional bearer token and JSON body (a String, or an object serialised). */
    public HttpResponse<String> call(String method, String path, String token, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getLocalPort()
                    + path)).timeout(Duration.ofSeconds(30)).header("User-Agent", "operational-api-it");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                String text = body instanceof String string ? string : JSON.writeValueAsString(body);
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(text));
            }
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // A request refused before its body was read may leave Jetty closing that keep-alive connection; a
                // pooled connection closed before any answer byte never reached the service, so sending again is safe.
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                    throw e;
                }
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON body of {@code response}. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs up a new organisation and returns the answer (organisation_id, workspace_id, user_id, email). */
    public JsonNode signUp(String organisation, String email) {
        HttpResponse<String> response = call("POST", "/v1/signup", null,
                Map.of("organisation", organisation, "email", email, "password", PASSWORD));
        require(response, 201);
        return json(response);
    }

    /** Signs in with {@link #PASSWORD} and returns the session token. */
    public String signIn(String email) {
        HttpResponse<String> response = call("POST", "/v1/sessions", null,
                Map.of("email", email, "password", PASSWORD));
        require(response, 201);
        return json(response).get("token").asText();
    }

    /**
     * Invites {@code email} with {@code role} (into {@code workspaceId}, or organisation-wide when null) as the holder
     * of {@code inviterToken}, accepts as a new account with {@link #PASSWORD}, and returns the new person's session
     * token.
     */
    public String newPerson(String inviterToken, String workspaceId, String email, String role) {
        String path = workspaceId == null ? "/v1/organisation/invitations"
                : "/v1/workspaces/" + workspaceId + "/invitations";
        HttpResponse<String> invited = call("POST", path, inviterToken, Map.of("email", email, "role", role));
        require(invited, 201);
        String invitation = json(invited).get("token").asText();
        require(call("POST", "/v1/invitations/accept", null, Map.of("token", invitation, "password", PASSWORD)), 200);
        return signIn(email);
    }

    /** Fails with the answer's status and body unless it is {@code status}. */
    public static HttpResponse<String> require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + " (expected " + status + "): " + response.body());
        }
        return response;
    }

    /** A stream of unique test emails under {@code domain}. */
    public static Stream<String> emails(String prefix, String domain) {
        return Stream.iterate(1, i -> i + 1).map(i -> prefix + i + "@" + domain);
    }
}
