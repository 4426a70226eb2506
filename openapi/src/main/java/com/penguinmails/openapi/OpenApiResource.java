package com.penguinmails.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.yaml}: a service's OpenAPI 3 document, served as written and without authentication. */
@Path("/openapi.yaml")
public final class OpenApiResource {

    /** The media type of an OpenAPI document in YAML. */
    public static final String YAML = "application/yaml";

    private final byte[] document;

    /**
     * Loads the document now, so that a missing file fails start-up rather than the first request.
     *
     * @param classpathDocument where the YAML document is on the classpath, e.g. {@code /openapi/query-api.yaml}
     * @throws IllegalStateException if there is no such resource
     */
    public OpenApiResource(String classpathDocument) {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(classpathDocument)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI document missing from the classpath: " + classpathDocument);
            }
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Produces(YAML)
    public byte[] document() {
        return document.clone();
    }
}
