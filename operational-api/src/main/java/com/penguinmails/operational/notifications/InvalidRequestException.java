package com.penguinmails.operational.notifications;

import io.dropwizard.jersey.validation.ValidationErrorMessage;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Answers 422 with one message per invalid field, in the shape of Dropwizard's own validation errors:
 * {@code {"errors": ["window must be above 0 and at most 7 days"]}}.
 */
public final class InvalidRequestException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    /** @param problems {@code "<field> <message>"} for each problem; not empty */
    public InvalidRequestException(List<String> problems) {
        super(Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ValidationErrorMessage(List.copyOf(problems))).build());
    }
}
