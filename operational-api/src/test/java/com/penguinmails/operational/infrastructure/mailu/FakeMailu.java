package com.penguinmails.operational.infrastructure.mailu;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A local HTTP fake of Mailu's admin REST API ({@code /api/v1}, WireMock) answering as Mailu's API defines it:
 * {@code Authorization: Bearer <token>} required (401 without), {@code {"code": n, "message": ...}} bodies, 200 on
 * success, 409 for a duplicate domain or user, 404 for a missing one, 400 for invalid input. Tests script the answers
 * per call.
 */
public final class FakeMailu implements AutoCloseable {

    private final WireMockServer server;
    private final String token;

    public FakeMailu(String token) {
        this.token = token;
        this.server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        reset();
    }

    /** The API root to configure as {@code infrastructure.mailu.url}. */
    public String url() {
        return "http://127.0.0.1:" + server.port() + "/api/v1";
    }

    public void reset() {
        server.resetAll();
        server.stubFor(any(anyUrl()).atPriority(100)
                .willReturn(json(401, "{\"code\":401,\"message\":\"Authorization header missing\"}")));
    }

    /** Domain creation answers 200 the first time and 409 (duplicate) afterwards, as Mailu does. */
    public void domainsCreatable() {
        server.stubFor(authorised(post(urlEqualTo("/api/v1/domain"))).inScenario("domain")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("exists")
                .willReturn(json(200, "{\"code\":200,\"message\":\"Domain has been created\"}")));
        server.stubFor(authorised(post(urlEqualTo("/api/v1/domain"))).inScenario("domain")
                .whenScenarioStateIs("exists")
                .willReturn(json(409, "{\"code\":409,\"message\":\"Duplicate domain name\"}")));
    }

    /** Domain creation always answers 409: the domain exists already. */
    public void domainExists() {
        server.stubFor(authorised(post(urlEqualTo("/api/v1/domain")))
                .willReturn(json(409, "{\"code\":409,\"message\":\"Duplicate domain name\"}")));
    }

    /**
     * User creation: the first {@code outages} calls answer 503, the next creates the user but its answer comes after
     * {@code delayMillis} (0: at once), later calls answer 409 (duplicate user); password updates answer 200.
     */
    public void usersCreatable(int outages, int delayMillis) {
        for (int outage = 0; outage < outages; outage++) {
            server.stubFor(authorised(post(urlEqualTo("/api/v1/user"))).inScenario("user")
                    .whenScenarioStateIs(outage == 0 ? Scenario.STARTED : "outage-" + outage)
                    .willSetStateTo("outage-" + (outage + 1))
                    .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
        }
        server.stubFor(authorised(post(urlEqualTo("/api/v1/user"))).inScenario("user")
                .whenScenarioStateIs(outages == 0 ? Scenario.STARTED : "outage-" + outages).willSetStateTo("exists")
                .willReturn(json(200, "{\"code\":200,\"message\":\"User has been created\"}")
                        .withFixedDelay(delayMillis)));
        server.stubFor(authorised(post(urlEqualTo("/api/v1/user"))).inScenario("user").whenScenarioStateIs("exists")
                .willReturn(json(409, "{\"code\":409,\"message\":\"Duplicate user\"}")));
        server.stubFor(authorised(patch(urlMatching("/api/v1/user/.+")))
                .withRequestBody(matchingJsonPath("$.raw_password"))
                .willReturn(json(200, "{\"code\":200,\"message\":\"User has been updated\"}")));
    }

    /** User creation refused with {@code status} and Mailu's message. */
    public void userCreationRefused(int status, String message) {
        server.stubFor(authorised(post(urlEqualTo("/api/v1/user")))
                .willReturn(json(status, "{\"code\":" + status + ",\"message\":\"" + message + "\"}")));
    }

    /** Deleting user {@code email} answers {@code status} (200 deleted, 404 not found). */
    public void userDeletion(String email, int status) {
        server.stubFor(authorised(delete(urlMatching("/api/v1/user/" + Pattern.quote(email.split("@")[0])
                        + "(@|%40)" + Pattern.quote(email.split("@")[1]))))
                .willReturn(json(status, "{\"code\":" + status + ",\"message\":\"User " + email + "\"}")));
    }

    /** The requests received with {@code method} on {@code path}. */
    public List<LoggedRequest> requests(RequestMethod method, String path) {
        return server.getAllServeEvents().stream().map(event -> event.getRequest())
                .filter(request -> request.getMethod().equals(method) && request.getUrl().equals(path))
                .map(LoggedRequest.class::cast)
                .toList();
    }

    @Override
    public void close() {
        server.stop();
    }

    private MappingBuilder authorised(MappingBuilder mapping) {
        return mapping.withHeader("Authorization", equalTo("Bearer " + token));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
