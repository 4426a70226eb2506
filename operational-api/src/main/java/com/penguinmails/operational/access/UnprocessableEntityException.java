package com.penguinmails.operational.access;

import io.dropwizard.jersey.validation.ValidationErrorMessage;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A 422 answer with field messages, in the same shape as Dropwizard's bean-validation failures
 * ({@code {"errors": ["password must be at least 12 characters long"]}}), for rules checked in code.
 */
public final class UnprocessableEntityException extends WebApplicationException {

    public UnprocessableEntityException(List<String> errors) {
        super(Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ValidationErrorMessage(List.copyOf(errors))).build());
    }

    public UnprocessableEntityException(String error) {
        this(List.of(error));
    }
}
