package com.penguinmails.operational.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import io.dropwizard.auth.Auth;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The audit trail of the caller's organisation: {@code GET /v1/audit} (filtered, newest first, keyset pages) and
 * {@code GET /v1/audit/export} (everything matching, streamed as JSON lines or, with {@code Accept: text/csv}, CSV).
 */
@Path("/v1/audit")
public final class AuditResource {

    /** The media type of the JSON lines export. */
    public static final String JSON_LINES = "application/x-ndjson";

    private final AuditDao dao;
    private final ObjectMapper mapper;

    public AuditResource(AuditDao dao, ObjectMapper mapper) {
        this.dao = dao;
        this.mapper = mapper;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AuditPage list(@Auth Caller caller,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("target_type") String targetType,
            @QueryParam("target_id") String targetId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        AccessGuard.require(caller, Permission.AUDIT_READ);
        AuditFilter filter = new AuditFilter(caller.tenantId(), actor, action, targetType, targetId,
                instant("from", from), instant("to", to), cursor(cursor));
        List<AuditEntry> entries = dao.page(filter, limit + 1);
        if (entries.size() <= limit) {
            return new AuditPage(entries, null);
        }
        List<AuditEntry> page = entries.subList(0, limit);
        return new AuditPage(List.copyOf(page), Long.toString(page.get(limit - 1).id()));
    }

    @GET
    @Path("/export")
    @Produces({JSON_LINES, "text/csv"})
    public Response export(@Auth Caller caller,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("target_type") String targetType,
            @QueryParam("target_id") String targetId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        AccessGuard.require(caller, Permission.AUDIT_READ);
        AuditFilter filter = new AuditFilter(caller.tenantId(), actor, action, targetType, targetId,
                instant("from", from), instant("to", to), null);
        boolean csv = accept != null && accept.contains("text/csv");
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            if (csv) {
                writer.write(AuditCsv.HEADER);
            }
            try {
                dao.forEach(filter, entry -> write(writer, entry, csv));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
        return Response.ok(body, csv ? "text/csv; charset=utf-8" : JSON_LINES)
                .header("Content-Disposition", "attachment; filename=\"audit." + (csv ? "csv" : "jsonl") + "\"")
                .build();
    }

    private void write(Writer writer, AuditEntry entry, boolean csv) {
        try {
            if (csv) {
                writer.write(AuditCsv.line(entry));
            } else {
                writer.write(mapper.writeValueAsString(entry));
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO-8601 instant, e.g. 2026-11-25T10:00:00Z");
        }
    }

    private static Long cursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new BadRequestException("cursor must be a value of next_cursor");
        }
    }
}
