package com.penguinmails.operational.infrastructure.hostwinds;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A local HTTP fake of the Hostwinds Cloud API (WireMock) that answers as Hostwinds documents it: one endpoint,
 * form-encoded POSTs with {@code API} and {@code action}, JSON answers where an error may come with status 200 as
 * {@code [{"result": "error", ...}]}. It only answers requests carrying the expected API key (others get the documented
 * 401 {@code Not Authorized!}). Each test scripts one order: which answers {@code add_instance} gives, and from when on
 * the new instance is listed by {@code get_instance_ids} and reported by {@code get_instance}.
 */
public final class FakeHostwinds implements AutoCloseable {

    /** The endpoint path, as in {@code https://clients.hostwinds.com/cloud/api.php}. */
    public static final String PATH = "/cloud/api.php";
    private static final String ORDER = "order";
    private static final String ORDERED = "ordered";

    private final WireMockServer server;
    private final String apiKey;

    public FakeHostwinds(String apiKey) {
        this.apiKey = apiKey;
        this.server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        reset();
    }

    /** The endpoint to configure as {@code infrastructure.hostwinds.url}. */
    public String url() {
        return "http://127.0.0.1:" + server.port() + PATH;
    }

    /** Forgets every script, scenario state and recorded request. */
    public void reset() {
        server.resetAll();
        server.stubFor(post(urlEqualTo(PATH)).atPriority(100).withFormParam("API", notMatching(Pattern.quote(apiKey)))
                .willReturn(json(401, "[{\"result\":\"error\",\"message\":\"Not Authorized!\"}]")));
        server.stubFor(post(urlEqualTo(PATH)).atPriority(90).withFormParam("API", equalTo(apiKey))
                .willReturn(json(200, "[{\"result\":\"error\",\"message\":\"A valid serviceid is required.\"}]")));
        server.stubFor(action("get_instance_ids").atPriority(50).willReturn(json(200, "[]")));
    }

    /**
     * Scripts {@code add_instance}: the first {@code outages} calls answer {@code outageStatus} (nothing ordered), then
     * the order is taken and the instance {@code serviceId} is listed under the requested name from then on; when
     * {@code answerLost}, the successful call's answer comes only after {@code delayMillis} (beyond the client's
     * timeout), though the order was taken.
     */
    public void orderTakes(int serviceId, int outages, int outageStatus, boolean answerLost, int delayMillis) {
        for (int outage = 0; outage < outages; outage++) {
            server.stubFor(action("add_instance").atPriority(1).inScenario(ORDER)
                    .whenScenarioStateIs(outage == 0 ? Scenario.STARTED : "outage-" + outage)
                    .willSetStateTo("outage-" + (outage + 1))
                    .willReturn(json(outageStatus,
                            "<html><body>" + outageStatus + " Service Unavailable</body></html>")));
        }
        ResponseDefinitionBuilder accepted = json(200, """
                [{"result":"success","action":"Invoice Paid","message":"Invoice paid"},
                 {"result":"success","action":"Add Instance","message":"Server is being Created!"}]""");
        if (answerLost) {
            accepted = accepted.withFixedDelay(delayMillis);
        }
        server.stubFor(action("add_instance").atPriority(1).inScenario(ORDER)
                .whenScenarioStateIs(outages == 0 ? Scenario.STARTED : "outage-" + outages)
                .willSetStateTo(ORDERED).willReturn(accepted));
        server.stubFor(action("get_instance_ids").atPriority(1).inScenario(ORDER).whenScenarioStateIs(ORDERED)
                .willReturn(json(200, "{{formData request.body 'form' urlDecode=true}}"
                        + "[{\"id\":" + serviceId + ",\"hostname\":\"{{form.search}}\","
                        + "\"srvrname\":\"{{form.search}}\","
                        + "\"ips\":\"203.0.113.10\",\"dedicatedip\":\"203.0.113.10\",\"ip_v6\":\"\"}]")
                        .withTransformers("response-template")));
    }

    /** Scripts {@code add_instance} to refuse with {@code status} and a Hostwinds error body. */
    public void orderRefused(int status, String message) {
        server.stubFor(action("add_instance").atPriority(1).willReturn(json(status,
                "[{\"result\":\"error\",\"action\":\"Add Instance\",\"message\":\"" + message + "\"}]")));
    }

    /**
     * Scripts {@code get_instance} of {@code serviceId}: building for the first {@code buildingPolls} calls, then
     * active with main IP {@code mainIp} and secondary IP {@code secondaryIp}.
     */
    public void instanceBuilds(int serviceId, int buildingPolls, String mainIp, String secondaryIp) {
        String scenario = "build-" + serviceId;
        for (int poll = 0; poll < buildingPolls; poll++) {
            server.stubFor(instance(serviceId).inScenario(scenario)
                    .whenScenarioStateIs(poll == 0 ? Scenario.STARTED : "poll-" + poll)
                    .willSetStateTo("poll-" + (poll + 1))
                    .willReturn(json(200, instanceJson(serviceId, "pending", "building", "\"spawning\"", mainIp,
                            secondaryIp))));
        }
        server.stubFor(instance(serviceId).inScenario(scenario)
                .whenScenarioStateIs(buildingPolls == 0 ? Scenario.STARTED : "poll-" + buildingPolls)
                .willReturn(json(200, instanceJson(serviceId, "active", "active", "null", mainIp, secondaryIp))));
    }

    /** Scripts {@code set_rdns} and {@code terminate} of {@code serviceId} to succeed as documented. */
    public void managementSucceeds(int serviceId) {
        server.stubFor(action("set_rdns").withFormParam("serviceid", equalTo(Integer.toString(serviceId)))
                .willReturn(json(200, "[{\"result\":\"success\",\"action\":\"Set rDNS\","
                        + "\"message\":\"rDNS record updated.\"}]")));
        server.stubFor(action("terminate").withFormParam("serviceid", equalTo(Integer.toString(serviceId)))
                .willReturn(json(200, "[{\"result\":\"success\",\"message\":\"Instance deleted\"}]")));
    }

    /** How many {@code action} calls named the server {@code name} (add_instance: its {@code srvrname}). */
    public int calls(String action, String parameter) {
        return server.countRequestsMatching(postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(containing("action=" + action + "&"))
                .withRequestBody(containing(parameter)).build()).getCount();
    }

    /** Every request body received, for checks on what was sent. */
    public List<String> bodies() {
        return server.getAllServeEvents().stream().map(event -> event.getRequest().getBodyAsString()).toList();
    }

    @Override
    public void close() {
        server.stop();
    }

    private MappingBuilder action(String action) {
        return post(urlEqualTo(PATH)).withFormParam("API", equalTo(apiKey))
                .withFormParam("action", equalTo(action));
    }

    private MappingBuilder instance(int serviceId) {
        return action("get_instance").withFormParam("serviceid", equalTo(Integer.toString(serviceId)));
    }

    private static String instanceJson(int serviceId, String status, String vmState, String taskState, String mainIp,
            String secondaryIp) {
        return """
                {"serviceid":%d,"userid":77,"location_id":1,"server_uuid":"b0c1-%d","main_ip":"%s",
                 "private_ip":"10.0.0.5",
                 "ips":["%s"],"is_suspended":0,"srvrname":"fake","hostname":"fake","status":"%s","disp_status":"%s",
                 "vm_state":"%s","task_state":%s,"ip_v6":"","ram":2048,"cpu":1,"disk":50,
                 "created_at":"2026-11-25 10:00:00","power_state":1}"""
                .formatted(serviceId, serviceId, mainIp, secondaryIp, status, status, vmState, taskState);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
