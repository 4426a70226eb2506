package com.penguinmails.operational.status;

import com.penguinmails.operational.schema.SchemaVersionDao;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /v1/status}: which database schema version the service runs on, read from the database itself. */
@Path("/v1/status")
@Produces(MediaType.APPLICATION_JSON)
public final class StatusResource {

    private final String service;
    private final SchemaVersionDao schemaVersions;

    public StatusResource(String service, SchemaVersionDao schemaVersions) {
        this.service = service;
        this.schemaVersions = schemaVersions;
    }

    @GET
    public Status status() {
        String version = schemaVersions.currentVersion()
                .orElseThrow(() -> new IllegalStateException("no database migration has been applied"));
        return new Status(service, version);
    }
}
