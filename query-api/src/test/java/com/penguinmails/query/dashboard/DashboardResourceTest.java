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
            ResourceExtension.builder().addResource(new DashboardResource()).build();

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
                .contains("api-key", "forget-key", "range", "from", "to", "campaign", "auto-refresh", "last-updated", "error");
    }

    @Test
    void pageNeedsNothingTheContentSecurityPolicyWouldBlock() {
        String page = get("/");

        assertThat(all(page, "<script([^>]*)>")).containsExactly(" src=\"/dashboard/dashboard.js\" defer");
        assertThat(page).doesNotContain("<style").doesNotContain(" style=").doesNotContainPattern(" on[a-z]+=");
        assertThat(page).doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn");
        assertThat(all(page, " (?:src|href)=\"([^\"]+)\""))
                .containsExactlyInAnyOrder("/dashboard/dashboard.css", "/dashboard/dashboard.js");
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
                "/dashboard/..%2Fopenapi%2Fquery-api.yaml", "/index.html")) {
            try (Response response = RESOURCES.target(path).request().get()) {
                assertThat(response.getStatus()).as(path).isEqualTo(404);
            }
        }
    }

    @Test
    void scriptCallsTheOverviewWithTheKeyInTheHeaderAndRendersOnlyText() {
        String script = get("/dashboard/dashboard.js");

        assertThat(script).contains("'" + OverviewResource.class.getAnnotation(Path.class).value() + "'");
        assertThat(script).contains("Authorization: 'Bearer ' + key").contains("sessionStorage");
        assertThat(script).contains("textContent");
        assertThat(script).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
                .doesNotContain("document.write").doesNotContain("eval(").doesNotContain("localStorage")
                .doesNotContain("document.cookie");
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
