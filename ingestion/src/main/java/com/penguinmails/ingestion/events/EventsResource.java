package com.penguinmails.ingestion.events;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.annotation.Timed;
import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.ingestion.sendingholds.SendGate;
import com.penguinmails.ingestion.sendingholds.SendingHolds;
import com.penguinmails.ingestion.sendingholds.SendingSuspended;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code POST /v1/events}: accepts a batch of events from an authenticated sender and answers only once every valid
 * event is durably stored.
 *
 * <p>Answers: 202 with {@link IngestionResult} when at least one event was stored (invalid items are listed by index);
 * 400 with the same body when no item was valid, or with an error message when the body is empty or malformed; 413 when
 * the body exceeds the size or event limit; 415 for a content type other than JSON or NDJSON; 503 with
 * {@code Retry-After} when the events could not be stored in time (nothing of the request is acknowledged then). The
 * tenant comes from the API key only; 401 for a missing or unknown key is answered by the authentication filter.
 * {@code send} events under a sending hold are refused (listed as rejections); 403 with {@link SendingSuspended} when
 * they were all the request's valid events.
 */
@Path("/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    private static final int DISCARD_CHUNK = 64 * 1024;
    /** Closing a connection with unread request bytes resets it, and the client may lose the answer with it. */
    private static final long MAX_DISCARD_BYTES = 8L * 1024 * 1024;

    private final EventBatchReader reader;
    private final EventPublisher publisher;
    private final Clock clock;
    private final Duration retryAfter;
    private final Meter acceptedEvents;
    private final Meter rejectedEvents;
    private final Meter failedEvents;
    private final SendGate sendGate;

    /**
     * @param retryAfter what a 503 asks the client to wait before retrying
     * @param metrics where the meters {@code ingestion.events.accepted}, {@code .rejected} (invalid items) and
     *     {@code .failed} (valid events that could not be stored) are registered
     */
    public EventsResource(EventBatchReader reader, EventPublisher publisher, Clock clock, Duration retryAfter,
            MetricRegistry metrics) {
        this(reader, publisher, clock, retryAfter, metrics, new SendingHolds());
    }

    /** @param holds the sending holds in force: {@code send} events they cover are refused */
    public EventsResource(EventBatchReader reader, EventPublisher publisher, Clock clock, Duration retryAfter,
            MetricRegistry metrics, SendingHolds holds) {
        this.reader = reader;
        this.publisher = publisher;
        this.clock = clock;
        this.retryAfter = retryAfter;
        this.acceptedEvents = metrics.meter(MetricRegistry.name("ingestion", "events", "accepted"));
        this.rejectedEvents = metrics.meter(MetricRegistry.name("ingestion", "events", "rejected"));
        this.failedEvents = metrics.meter(MetricRegistry.name("ingestion", "events", "failed"));
        this.sendGate = new SendGate(holds);
    }

    @POST
    @Timed(name = "ingestion.requests", absolute = true)
    public Response ingest(@Auth TenantPrincipal tenant, @Context HttpHeaders headers, InputStream body) {
        Optional<BodyFormat> format = BodyFormat.of(headers.getMediaType());
        if (format.isEmpty()) {
            return error(Status.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json (a JSON array of events) or "
                    + BodyFormat.NDJSON_TYPE + " (one event per line), got " + headers.getMediaType());
        }
        if (headers.getLength() > reader.maxBodyBytes()) {
            discardUnread(body);
            return error(Status.REQUEST_ENTITY_TOO_LARGE,
                    "the body is larger than the limit of " + reader.maxBodyBytes() + " bytes");
        }
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        EventBatch batch;
        try {
            batch = reader.read(body, format.get(), tenant.tenantId(), receivedAt);
        } catch (MalformedBodyException e) {
            discardUnread(body);
            return error(Status.BAD_REQUEST, e.getMessage());
        } catch (PayloadTooLargeException e) {
            discardUnread(body);
            return error(Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        } catch (IOException e) {
            return error(Status.BAD_REQUEST, "the body could not be read: " + e.getMessage());
        }

        rejectedEvents.mark(batch.rejected().size());
        if (batch.size() == 0) {
            return error(Status.BAD_REQUEST, "the body holds no events");
        }
        if (batch.accepted().isEmpty()) {
            return Response.status(Status.BAD_REQUEST).entity(new IngestionResult(0, batch.rejected())).build();
        }
        SendGate.Gated gated = sendGate.apply(batch.accepted(), batch.acceptedIndices());
        rejectedEvents.mark(gated.refused().size());
        if (gated.passed().isEmpty()) {
            return Response.status(Status.FORBIDDEN)
                    .entity(SendingSuspended.of(gated.firstHold().orElseThrow(), gated.heldItems())).build();
        }
        try {
            publisher.publish(gated.passed());
        } catch (PublishFailedException e) {
            failedEvents.mark(gated.passed().size());
            return Response.status(Status.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds()))
                    .entity(new ErrorMessage(Status.SERVICE_UNAVAILABLE.getStatusCode(),
                            "the events could not be stored, none of this request is acknowledged: retry it later "
                                    + "(event_id makes a retry safe)", e.getMessage()))
                    .build();
        }
        acceptedEvents.mark(gated.passed().size());
        return Response.accepted(new IngestionResult(gated.passed().size(), gated.withInvalid(batch.rejected())))
                .build();
    }

    /**
     * Reads and drops what is left of a refused body, up to {@value #MAX_DISCARD_BYTES} bytes, so that a client still
     * sending it can finish and read the answer. A larger rest is left unread and the connection is closed, which
     * bounds the cost.
     */
    private void discardUnread(InputStream body) {
        byte[] sink = new byte[DISCARD_CHUNK];
        long left = MAX_DISCARD_BYTES;
        try {
            int n;
            while (left > 0 && (n = body.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            // The client went away or broke the body: nobody is left to read a clean answer.
        }
    }

    private long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    private static Response error(Status status, String message) {
        return Response.status(status).entity(new ErrorMessage(status.getStatusCode(), message)).build();
    }
}
