package com.penguinmails.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.query.QueryApiApplication;
import com.penguinmails.query.overview.EventTotals;
import com.penguinmails.query.overview.OverviewResource;
import com.penguinmails.query.overview.Rates;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class DashboardResourceTest {

    private static final ResourceExtension RESOURCES =
            ResourceExtension.builder().addResource(new DashboardResource(QueryApiApplication.OPENAPI_DOCUMENT)).build();

    @Test
    void servesThePageAsHtmlUnderAStrictContentSecurityPolicy() {
        try (Response response = RESOURCES.target("/").request().get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getMediaType().toString()).isEqualTo("text/html;charset=utf-8");
            assertThat(response.getHeaderString("Content-Security-Policy"))
                    .isEqualTo(DashboardResource.CONTENT_SECURITY_POLICY)
                    .startsWith("default-src 'self';")
                    .doesNotContain("unsafe");
            assertThat(response.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
            assertThat(response.readEntity(String.class)).startsWith("<!doctype html>");
        }
    }

    @Test
    void pageHasOneHookForEveryCountAndRateOfTheOverview() {
        String page = get("/");

        List<String> expected = Stream.concat(
                EventTotals.EVENT_TYPES.stream().map(type -> "count." + type),
                Arrays.stream(Rates.class.getRecordComponents()).map(component -> "rate." + component.getName())).toList();
        assertThat(all(page, "data-metric=\"([^\"]+)\"")).containsExactlyElementsOf(expected);
        assertThat(all(page, " id=\"([^\"]+)\"")).doesNotHaveDuplicates()
                .contains("api-key", "forget-key", "range", "from", "to", "tz", "interval", "audience", "campaign",
                        "auto-refresh", "last-updated", "error");
        assertThat(all(page, "data-filter=\"([^\"]+)\"")).containsExactly(
                "workspace_id", "campaign_id", "variant", "step", "sending_domain", "mailbox", "provider");
        assertThat(all(page, "data-page=\"([^\"]+)\"")).containsExactly("overview", "deliverability", "heatmap",
                "campaigns", "attribution", "cohorts", "bot-filtering", "alerts");
    }

    @Test
    void pageNeedsNothingTheContentSecurityPolicyWouldBlock() {
        String page = get("/");

        assertThat(all(page, "<script([^>]*)>")).containsExactly(
                " src=\"/dashboard/echarts.min.js\" defer", " src=\"/dashboard/dashboard.js\" type=\"module\"");
        assertThat(page).doesNotContain("<style").doesNotContain(" style=").doesNotContainPattern(" on[a-z]+=");
        assertThat(page).doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn");
        assertThat(all(page, " (?:src|href)=\"(/[^\"]*)\"")).containsExactlyInAnyOrder(
                "/dashboard/dashboard.css", "/dashboard/echarts.min.js", "/dashboard/dashboard.js");
    }

    @Test
    void servesEveryScriptTheModulesImport() {
        for (String module : List.of("dashboard.js", "api.js", "render.js", "pages.js")) {
            String script = get("/dashboard/" + module);
            for (String imported : all(script, "from '\\./([^']+)'")) {
                try (Response response = RESOURCES.target("/dashboard/" + imported).request().get()) {
                    assertThat(response.getStatus()).as(module + " imports " + imported).isEqualTo(200);
                }
            }
        }
    }

    @Test
    void servesTheChartingLibraryFromItsWebjar() {
        try (Response response = RESOURCES.target("/dashboard/" + DashboardResource.CHARTS_LIBRARY).request().get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getMediaType().toString()).isEqualTo("text/javascript;charset=utf-8");
            assertThat(response.readEntity(String.class)).hasSizeGreaterThan(500_000).contains("echarts");
        }
    }

    @Test
    void listsTheQueryParametersOfEveryEndpointInTheOpenApiDocument() throws IOException {
        JsonNode endpoints = new ObjectMapper().readTree(get("/dashboard/" + DashboardResource.ENDPOINTS));

        assertThat(names(endpoints.get("/v1/analytics/overview"))).contains("from", "to", "campaign_id",
                // Shared parameters are declared once under components/parameters and referenced.
                "tz", "audience", "provider");
        assertThat(endpoints.get("/v1/analytics/cohorts").get("period").toString()).isEqualTo("[\"day\",\"week\",\"month\"]");
        assertThat(endpoints.get("/v1/analytics/overview").get("campaign_id")).isEmpty();
        assertThat(endpoints.get("/v1/analytics/attribution/conversions/{conversion_id}/journey")).isEmpty();
    }

    @Test
    void servesTheScriptAndTheStyleSheetWithTheirTypes() {
        try (Response script = RESOURCES.target("/dashboard/dashboard.js").request().get();
                Response style = RESOURCES.target("/dashboard/dashboard.css").request().get()) {
            assertThat(script.getStatus()).isEqualTo(200);
            assertThat(script.getMediaType().toString()).isEqualTo("text/javascript;charset=utf-8");
            assertThat(script.getHeaderString("Content-Security-Policy")).isEqualTo(DashboardResource.CONTENT_SECURITY_POLICY);
            assertThat(script.readEntity(String.class)).contains("'use strict';");
            assertThat(style.getStatus()).isEqualTo(200);
            assertThat(style.getMediaType().toString()).isEqualTo("text/css;charset=utf-8");
            assertThat(style.readEntity(String.class)).contains(".tiles");
        }
    }

    @Test
    void answers404ForAnyOtherFile() {
        for (String path : List.of("/dashboard/missing.js", "/dashboard/index.html", "/dashboard/",
                "/dashboard/..%2Fopenapi%2Fquery-api.yaml", "/index.html",
                "/dashboard/echarts.js", "/dashboard/pom.properties")) {
            try (Response response = RESOURCES.target(path).request().get()) {
                assertThat(response.getStatus()).as(path).isEqualTo(404);
            }
        }
    }

    @Test
    void scriptsSendTheKeyOnlyInTheHeaderAndRenderOnlyText() {
        String all = String.join("\n", get("/dashboard/dashboard.js"), get("/dashboard/api.js"),
                get("/dashboard/render.js"), get("/dashboard/pages.js"));

        assertThat(all).contains("'" + OverviewResource.class.getAnnotation(Path.class).value() + "'");
        assertThat(all).contains("Authorization: 'Bearer ' + key").contains("sessionStorage");
        assertThat(all).contains("textContent");
        assertThat(all).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
                .doesNotContain("document.write").doesNotContain("eval(").doesNotContain("localStorage")
                .doesNotContain("document.cookie").doesNotContain("console.log");
    }

    @Test
    void staysOutOfTheOpenApiDocument() throws IOException {
        try (InputStream in = QueryApiApplication.class.getResourceAsStream(QueryApiApplication.OPENAPI_DOCUMENT)) {
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(in).get("paths");
            List<String> names = new ArrayList<>();
            paths.fieldNames().forEachRemaining(names::add);

            assertThat(names).isNotEmpty().doesNotContain("/").noneMatch(name -> name.startsWith("/dashboard"));
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String get(String path) {
        try (Response response = RESOURCES.target(path).request().get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            return response.readEntity(String.class);
        }
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
