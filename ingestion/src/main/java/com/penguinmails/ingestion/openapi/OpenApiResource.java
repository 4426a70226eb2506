package com.penguinmails.ingestion.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI document of the ingestion API at {@code /openapi.yaml}, without authentication. */
@Path("/openapi.yaml")
public class OpenApiResource {

  /** Where the document sits on the classpath. */
  static final String DOCUMENT = "/com/penguinmails/ingestion/openapi/openapi.yaml";

  private final byte[] document;

  public OpenApiResource() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(DOCUMENT + " is missing from the classpath");
      }
      this.document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GET
  @Produces("application/yaml")
  public byte[] document() {
    return document.clone();
  }
}
