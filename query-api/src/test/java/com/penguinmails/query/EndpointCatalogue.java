package com.penguinmails.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every query API endpoint with its parameters and valid sample values: what the tenant-isolation and SQL-injection
 * tests call. Add one row per endpoint you add, in your section of {@link #ENDPOINTS}; a unit test
 * ({@code EndpointCatalogueTest}) checks the catalogue against the OpenAPI document, so a missing row fails the build.
 *
 * <p>Samples are valid values of the right shape; the ITs replace the values of {@link #ENTITY_PARAMETERS} with ids
 * that exist in their own data.
 */
public final class EndpointCatalogue {

    /** The inclusive start every sample range uses. */
    public static final String FROM = "2026-11-01T00:00:00Z";

    /** The exclusive end every sample range uses. */
    public static final String TO = "2026-12-01T00:00:00Z";

    /** Parameters naming a tenant's own entities, whose sample a test swaps for an id of its own data. */
    public static final List<String> ENTITY_PARAMETERS = List.of(
            "workspace_id", "campaign_id", "variant", "step", "sending_domain", "mailbox", "provider");

    /**
     * One endpoint.
     *
     * @param pathTemplate the path with {@code {name}} path parameters, e.g.
     *     {@code /v1/analytics/attribution/conversions/{conversion_id}/journey}
     * @param pathParameters each path parameter's sample value
     * @param required each required query parameter's sample values (more than one for a repeated parameter)
     * @param optional each optional query parameter's sample values
     * @param csv whether the endpoint answers {@code Accept: text/csv}
     */
    public record Endpoint(String pathTemplate, Map<String, String> pathParameters,
            Map<String, List<String>> required, Map<String, List<String>> optional, boolean csv) {

        public Endpoint {
            Objects.requireNonNull(pathTemplate, "pathTemplate");
            pathParameters = Map.copyOf(pathParameters);
            required = copy(required);
            optional = copy(optional);
        }

        /** A GET endpoint with no parameters yet. */
        public static Endpoint get(String pathTemplate) {
            return new Endpoint(pathTemplate, Map.of(), Map.of(), Map.of(), false);
        }

        /** This endpoint with the {@code from}/{@code to} range required. */
        public Endpoint range() {
            return required("from", FROM).required("to", TO);
        }

        /** This endpoint with a path parameter and its sample. */
        public Endpoint path(String name, String sample) {
            Map<String, String> path = new LinkedHashMap<>(pathParameters);
            path.put(name, sample);
            return new Endpoint(pathTemplate, path, required, optional, csv);
        }

        /** This endpoint with a required query parameter given once per sample. */
        public Endpoint required(String name, String... samples) {
            Map<String, List<String>> more = new LinkedHashMap<>(required);
            more.put(name, List.of(samples));
            return new Endpoint(pathTemplate, pathParameters, more, optional, csv);
        }

        /** This endpoint with an optional query parameter given once per sample. */
        public Endpoint optional(String name, String... samples) {
            Map<String, List<String>> more = new LinkedHashMap<>(optional);
            more.put(name, List.of(samples));
            return new Endpoint(pathTemplate, pathParameters, required, more, csv);
        }

        /** This endpoint with the named filters ({@code request/AnalyticsFilter} parameter names) as optional. */
        public Endpoint filters(String... names) {
            Endpoint endpoint = this;
            for (String name : names) {
                endpoint = endpoint.optional(name, FILTER_SAMPLES.get(Objects.requireNonNull(name)));
            }
            return endpoint;
        }

        /** This endpoint marked as answering CSV. */
        public Endpoint answersCsv() {
            return new Endpoint(pathTemplate, pathParameters, required, optional, true);
        }

        /** The path with every path parameter replaced by its sample (URL-encoding is the caller's job). */
        public String samplePath() {
            String path = pathTemplate;
            for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
                path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
            }
            return path;
        }

        private static Map<String, List<String>> copy(Map<String, List<String>> parameters) {
            Map<String, List<String>> copied = new LinkedHashMap<>();
            parameters.forEach((name, samples) -> copied.put(name, List.copyOf(samples)));
            return Collections.unmodifiableMap(copied);
        }
    }

    private static final Map<String, String> FILTER_SAMPLES = Map.of(
            "workspace_id", "ws-1",
            "campaign_id", "c-1",
            "variant", "A",
            "step", "1",
            "sending_domain", "send.acme.io",
            "mailbox", "sam@send.acme.io",
            "provider", "gmail");

    /** Every endpoint of the query API that reads a tenant's data. */
    public static final List<Endpoint> ENDPOINTS = build();

    private static List<Endpoint> build() {
        List<Endpoint> endpoints = new ArrayList<>();
        // Overview, heatmap, deliverability, attribution, cohorts (Q).
        endpoints.add(Endpoint.get("/v1/analytics/overview").range()
                .optional("tz", "Europe/Berlin").optional("interval", "day").optional("audience", "human")
                .filters("workspace_id", "campaign_id", "variant", "step", "sending_domain", "mailbox", "provider")
                .answersCsv());
        endpoints.add(Endpoint.get("/v1/analytics/heatmap").range()
                .optional("metric", "replies").optional("audience", "human")
                .filters("workspace_id", "campaign_id")
                .answersCsv());
        endpoints.add(Endpoint.get("/v1/analytics/deliverability").range().required("group_by", "sending_domain")
                .filters("workspace_id", "campaign_id", "variant", "step", "sending_domain", "mailbox", "provider")
                .answersCsv());
        endpoints.add(Endpoint.get("/v1/analytics/attribution").range()
                .optional("tz", "Europe/Berlin").optional("group_by", "variant").optional("by_day", "true")
                .filters("campaign_id", "variant", "step")
                .answersCsv());
        endpoints.add(Endpoint.get("/v1/analytics/attribution/conversions/{conversion_id}/journey")
                .path("conversion_id", "cv-1"));
        endpoints.add(Endpoint.get("/v1/analytics/cohorts").range()
                .optional("tz", "Europe/Berlin").optional("period", "day").optional("cohort_by", "first_send")
                .optional("activity", "click").optional("periods", "7")
                .filters("campaign_id")
                .answersCsv());
        // Campaigns, comparison and A/B results (E): add your rows below this line.
        endpoints.add(Endpoint.get("/v1/analytics/campaigns").range()
                .optional("audience", "human").optional("sort", "reply_rate").optional("limit", "50")
                .filters("workspace_id", "campaign_id", "variant", "step", "sending_domain", "mailbox", "provider")
                .answersCsv());
        endpoints.add(Endpoint.get("/v1/analytics/campaigns/compare").range().required("campaign_id", "c-1", "c-2")
                .optional("interval", "day").optional("tz", "Europe/Berlin").optional("audience", "human")
                .filters("workspace_id", "variant", "step", "sending_domain", "mailbox", "provider")
                .answersCsv());
        endpoints.add(Endpoint.get("/v1/analytics/campaigns/{campaign_id}/ab").path("campaign_id", "c-1").range()
                .optional("metric", "reply").optional("audience", "human")
                .filters("workspace_id", "step", "sending_domain", "mailbox", "provider")
                .answersCsv());

        // Deliverability detail, health, bot filtering and alerts (F): add your rows below this line.
        endpoints.add(Endpoint.get("/v1/analytics/deliverability/bounces").range().required("group_by", "mailbox")
                .filters("workspace_id", "campaign_id", "variant", "step", "sending_domain", "mailbox", "provider")
                .answersCsv());
        endpoints.add(Endpoint.get("/v1/analytics/deliverability/series").range().optional("interval", "day")
                .optional("tz", "Europe/Berlin")
                .filters("workspace_id", "campaign_id", "variant", "step", "sending_domain", "mailbox", "provider")
                .answersCsv());
        endpoints.add(Endpoint.get("/v1/analytics/health").range().required("scope", "sending_domain")
                .optional("interval", "day").optional("tz", "Europe/Berlin").optional("status", "critical")
                .filters("sending_domain", "mailbox", "provider")
                .answersCsv());
        endpoints.add(Endpoint.get("/v1/analytics/bot-filtering").range().optional("interval", "day")
                .optional("tz", "Europe/Berlin")
                .filters("workspace_id", "campaign_id", "variant", "step", "sending_domain", "mailbox", "provider")
                .answersCsv());
        endpoints.add(Endpoint.get("/v1/analytics/alerts").range()
                .optional("status", "firing").optional("severity", "critical").optional("rule_id", "r-1")
                .optional("scope_kind", "sending_domain").optional("scope_value", "send.acme.io").optional("limit", "50")
                .filters("campaign_id", "sending_domain", "mailbox", "provider")
                .answersCsv());

        return List.copyOf(endpoints);
    }

    private EndpointCatalogue() {
    }
}
