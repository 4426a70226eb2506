package com.penguinmails.ingestion.inbound;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.annotation.Timed;
import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.ingestion.bounce.UnparseableMailException;
import com.penguinmails.ingestion.events.PublishFailedException;
import io.dropwizard.auth.Auth;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;

/**
 * {@code POST /v1/inbound/messages}: records one raw RFC 5322 message (a bounce, delay notice, complaint report,
 * auto-reply or reply that reached the tenant's own mailbox) for the authenticated tenant.
 *
 * <p>Answers: 202 with {@link InboundMessageResult} once its events are stored (a message of kind {@code other} is
 * accepted with no events); 400 when the parser refuses the message (malformed MIME, binary garbage, truncated...),
 * with the parser's reason; 403 when it is about another tenant's message; 413 over the size limit; 415 for a content
 * type other than {@code message/rfc822} or {@code application/octet-stream}; 503 with {@code Retry-After} when the
 * events could not be stored. 401 for a missing or unknown key comes from the authentication filter.
 */
@Path("/v1/inbound/messages")
@Produces(MediaType.APPLICATION_JSON)
public class InboundMessagesResource {

    private static final Set<String> ACCEPTED_TYPES = Set.of("message/rfc822", "application/octet-stream");

    private final InboundMailRecorder recorder;
    private final long maxMessageBytes;
    private final Duration retryAfter;
    private final Meter accepted;
    private final Meter refused;

    /**
     * @param maxMessageBytes the largest message accepted
     * @param retryAfter what a 503 asks the client to wait before retrying
     * @param metrics where the meters {@code ingestion.inbound.accepted} and {@code .refused} (400/403/413) go
     */
    public InboundMessagesResource(InboundMailRecorder recorder, long maxMessageBytes, Duration retryAfter,
            MetricRegistry metrics) {
        this.recorder = recorder;
        this.maxMessageBytes = maxMessageBytes;
        this.retryAfter = retryAfter;
        this.accepted = metrics.meter(MetricRegistry.name("ingestion", "inbound", "accepted"));
        this.refused = metrics.meter(MetricRegistry.name("ingestion", "inbound", "refused"));
    }

    @POST
    @Timed(name = "ingestion.inbound.requests", absolute = true)
    public Response record(@Auth TenantPrincipal tenant, @Context HttpHeaders headers, InputStream body) {
        MediaType type = headers.getMediaType();
        if (type == null || !ACCEPTED_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
            return error(Status.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must be message/rfc822 or application/octet-stream (one raw RFC 5322 message), got "
                            + type);
        }
        byte[] message;
        try {
            if (headers.getLength() > maxMessageBytes) {
                throw new MessageTooLargeException(maxMessageBytes);
            }
            message = BoundedRead.readAll(body, maxMessageBytes);
        } catch (MessageTooLargeException e) {
            BoundedRead.discard(body);
            refused.mark();
            return error(Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        } catch (IOException e) {
            return error(Status.BAD_REQUEST, "the body could not be read: " + e.getMessage());
        }
        try {
            RecordedMail mail = recorder.recordForTenant(tenant.tenantId(), message);
            accepted.mark();
            return Response.accepted(InboundMessageResult.of(mail)).build();
        } catch (UnparseableMailException e) {
            refused.mark();
            return error(Status.BAD_REQUEST, "the message could not be analysed: " + e.getMessage());
        } catch (ForeignTenantException e) {
            refused.mark();
            return error(Status.FORBIDDEN, e.getMessage());
        } catch (PublishFailedException e) {
            return Response.status(Status.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000)))
                    .entity(new ErrorMessage(Status.SERVICE_UNAVAILABLE.getStatusCode(),
                            "the events could not be stored: retry later (event ids are deterministic, so a retry"
                                    + " is safe)",
                            e.getMessage()))
                    .build();
        }
    }

    private static Response error(Status status, String message) {
        return Response.status(status).entity(new ErrorMessage(status.getStatusCode(), message)).build();
    }
}
