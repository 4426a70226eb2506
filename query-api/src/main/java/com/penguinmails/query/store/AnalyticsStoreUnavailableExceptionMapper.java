package com.penguinmails.query.store;

import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@link AnalyticsStoreUnavailableException} with 503 and a hint to retry; the cause is logged, not sent, and
 * without its stack trace, since an outage fails every request the same way.
 */
public final class AnalyticsStoreUnavailableExceptionMapper
        implements ExceptionMapper<AnalyticsStoreUnavailableException> {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsStoreUnavailableExceptionMapper.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public Response toResponse(AnalyticsStoreUnavailableException exception) {
        LOG.warn("answered 503: {} (cause: {})", exception.getMessage(), String.valueOf(exception.getCause()));
        int status = Response.Status.SERVICE_UNAVAILABLE.getStatusCode();
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .entity(new ErrorMessage(status, exception.getMessage()))
                .build();
    }
}
