package com.penguinmails.operational.infrastructure;

import com.penguinmails.operational.infrastructure.provider.ProviderException;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers a provider (Hostwinds, Mailu) failure during a request: 503 while the provider is unavailable (the request
 * may be repeated), 422 when it refused the request as invalid, 502 when it refused it otherwise (authentication,
 * quota, a missing domain). The message names the provider call, never credentials.
 */
public final class ProviderExceptionMapper implements ExceptionMapper<ProviderException> {

    @Override
    public Response toResponse(ProviderException exception) {
        int status = switch (exception.kind()) {
            case UNAVAILABLE -> 503;
            case INVALID_REQUEST -> 422;
            case REJECTED, NOT_FOUND -> 502;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorMessage(status, exception.getMessage())).build();
    }
}
