package com.penguinmails.operational.errors;

import io.dropwizard.jersey.validation.ConstraintMessage;
import io.dropwizard.jersey.validation.JerseyViolationException;
import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers a failed bean validation with the field names and their messages: 422 for a request body, 400 for query,
 * path or header parameters (Dropwizard's rule), as {@link ValidationErrors}.
 *
 * <p>Replaces Dropwizard's mapper, whose messages name Java properties ({@code contactId}) rather than the JSON the
 * client sent ({@code contact_id}).
 */
@Priority(1)
public final class ValidationErrorMapper implements ExceptionMapper<JerseyViolationException> {

    @Override
    public Response toResponse(JerseyViolationException exception) {
        int status = ConstraintMessage.determineStatus(exception.getConstraintViolations(), exception.getInvocable());
        Map<String, List<String>> fields = new TreeMap<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            fields.computeIfAbsent(FieldNames.of(violation.getPropertyPath()), name -> new ArrayList<>())
                    .add(violation.getMessage());
        }
        List<String> errors = new ArrayList<>();
        fields.forEach((field, messages) -> messages.forEach(message -> errors.add(field + " " + message)));
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ValidationErrors(status, "the request is not valid", errors, fields))
                .build();
    }
}
