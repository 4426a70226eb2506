package com.penguinmails.query.request;

import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Answers an {@link InvalidQueryParameterException} with 400 and its message, in Dropwizard's error shape. */
public final class InvalidQueryParameterExceptionMapper implements ExceptionMapper<InvalidQueryParameterException> {

    @Override
    public Response toResponse(InvalidQueryParameterException exception) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorMessage(Response.Status.BAD_REQUEST.getStatusCode(), exception.getMessage()))
                .build();
    }
}
