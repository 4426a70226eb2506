package com.penguinmails.query.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Serves the browser dashboard: the page at {@code GET /}, its scripts and style sheet at {@code GET /dashboard/<file>}
 * and the charting library (ECharts, from its webjar) at {@code GET /dashboard/echarts.min.js}, all from the classpath
 * and without authentication. The page itself asks for the API key and sends it only with its calls to the API, so
 * nothing served here is tenant data.
 */
@Path("/")
public final class DashboardResource {

    /**
     * The Content-Security-Policy of every dashboard response: only this origin's scripts, styles and connections, no
     * inline code, no plugins, no framing, no form posts.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    /** The classpath folder holding the page and its assets. */
    public static final String FOLDER = "/dashboard/";

    /** The page's file in {@link #FOLDER}. */
    public static final String PAGE = "index.html";

    /** The name the charting library is served under in {@link #FOLDER}. */
    public static final String CHARTS_LIBRARY = "echarts.min.js";

    private static final String SCRIPT = "text/javascript;charset=utf-8";
    private static final Map<String, String> ASSET_TYPES = Map.of(
            "dashboard.js", SCRIPT,
            "api.js", SCRIPT,
            "render.js", SCRIPT,
            "pages.js", SCRIPT,
            "dashboard.css", "text/css;charset=utf-8");
    private static final String CHARTS_WEBJAR = "/META-INF/resources/webjars/echarts/";
    private static final String CHARTS_WEBJAR_VERSION = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";

    private final StaticFile page;
    private final Map<String, StaticFile> assets;

    /** The name of the endpoint list (see {@link EndpointParameters}) in {@link #FOLDER}. */
    public static final String ENDPOINTS = "endpoints.json";

    /**
     * Loads the files now, so a missing one fails start-up rather than the first request.
     *
     * @param openApiDocument classpath location of the API's OpenAPI document, which tells the page the query
     *     parameters of each endpoint
     */
    public DashboardResource(String openApiDocument) {
        this.page = load(FOLDER + PAGE, "text/html;charset=utf-8");
        Map<String, StaticFile> loaded = new HashMap<>();
        ASSET_TYPES.forEach((name, mediaType) -> loaded.put(name, load(FOLDER + name, mediaType)));
        loaded.put(CHARTS_LIBRARY, load(CHARTS_WEBJAR + chartsVersion() + "/dist/echarts.min.js", SCRIPT));
        loaded.put(ENDPOINTS, new StaticFile(EndpointParameters.fromOpenApi(openApiDocument).toJson(),
                "application/json;charset=utf-8"));
        this.assets = Map.copyOf(loaded);
    }

    @GET
    public Response page() {
        return serve(page);
    }

    /** Answers one of the page's assets; any other name is 404, so nothing else on the classpath can be read. */
    @GET
    @Path("dashboard/{name}")
    public Response asset(@PathParam("name") String name) {
        StaticFile asset = assets.get(name);
        if (asset == null) {
            throw new NotFoundException();
        }
        return serve(asset);
    }

    private static Response serve(StaticFile file) {
        return Response.ok(file.content().clone(), file.mediaType())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                // Revalidate every time: a redeployed jar must never pair a new page with an old script.
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    /** The webjar's version, so the path follows the version pinned in the parent POM without a second copy of it. */
    private static String chartsVersion() {
        try (InputStream in = DashboardResource.class.getResourceAsStream(CHARTS_WEBJAR_VERSION)) {
            if (in == null) {
                throw new IllegalStateException("charting library (org.webjars.npm:echarts) missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StaticFile load(String location, String mediaType) {
        try (InputStream in = DashboardResource.class.getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("dashboard file missing from the classpath: " + location);
            }
            return new StaticFile(in.readAllBytes(), mediaType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record StaticFile(byte[] content, String mediaType) {
    }
}
