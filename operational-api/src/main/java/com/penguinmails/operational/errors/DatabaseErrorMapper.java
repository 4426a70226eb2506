package com.penguinmails.operational.errors;

import io.dropwizard.jersey.errors.ErrorMessage;
import io.dropwizard.jersey.errors.LoggingExceptionMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;

/**
 * Answers database failures: a unique-constraint violation is a 409 naming the conflicting columns; anything else is a
 * 500 carrying only an error id, with the exception (and its SQL) logged under that id for operators.
 */
public final class DatabaseErrorMapper extends LoggingExceptionMapper<JdbiException> {

    @Override
    public Response toResponse(JdbiException exception) {
        Optional<String> conflict = UniqueViolations.describe(exception);
        if (conflict.isPresent()) {
            return Response.status(Response.Status.CONFLICT)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorMessage(Response.Status.CONFLICT.getStatusCode(), conflict.get()))
                    .build();
        }
        return super.toResponse(exception);
    }
}
