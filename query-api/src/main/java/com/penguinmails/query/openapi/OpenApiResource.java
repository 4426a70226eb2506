package com.penguinmails.query.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.yaml}: the API's OpenAPI 3 document, served as written (no authentication). */
@Path("/openapi.yaml")
public final class OpenApiResource {

  /** The classpath location of the document. */
  public static final String DOCUMENT = "/openapi/query-api.yaml";

  /** The media type of an OpenAPI document in YAML. */
  public static final String YAML = "application/yaml";

  private final byte[] document;

  /** Loads the document now, so a missing file fails start-up rather than the first request. */
  public OpenApiResource() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException("OpenAPI document missing from the classpath: " + DOCUMENT);
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
