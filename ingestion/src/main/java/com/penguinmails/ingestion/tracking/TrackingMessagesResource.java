package com.penguinmails.ingestion.tracking;

import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.ingestion.tracking.TrackingToken.Purpose;
import io.dropwizard.auth.Auth;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/tracking/messages}: the sender API that adds tracking to an outgoing message for the authenticated
 * tenant (see {@link HtmlTracker}) and returns the List-Unsubscribe headers to send it with.
 *
 * <p>Answers 200 with {@link TrackedMessage}; 400 naming every problem of the request (missing message_id, contact_id or html,
 * html over the size limit, too many links, a field too long); 403 when the tenant has no tracking keys configured;
 * 401 for a missing or unknown API key (from the authentication filter).
 */
@Path("/v1/tracking/messages")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TrackingMessagesResource {

    /** The longest id or label accepted, in characters. */
    public static final int MAX_ID_CHARS = 256;

    private final TrackingKeyring keyring;
    private final TrackingUrls urls;
    private final HtmlTracker tracker;
    private final long maxHtmlBytes;

    public TrackingMessagesResource(TrackingKeyring keyring, TrackingUrls urls, HtmlTracker tracker, long maxHtmlBytes) {
        this.keyring = keyring;
        this.urls = urls;
        this.tracker = tracker;
        this.maxHtmlBytes = maxHtmlBytes;
    }

    @POST
    public Response track(@Auth TenantPrincipal tenant, TrackMessageRequest request) {
        if (!keyring.knowsTenant(tenant.tenantId())) {
            return error(Status.FORBIDDEN, "tracking is not configured for tenant " + tenant.tenantId());
        }
        List<String> problems = problems(request);
        if (!problems.isEmpty()) {
            return error(Status.BAD_REQUEST, String.join("; ", problems));
        }
        TrackingToken message = new TrackingToken(Purpose.OPEN, tenant.tenantId(), request.messageId(),
                request.campaignId(), request.variant(), request.sequenceStep(), request.contactId(), null, null, false);
        TrackedHtml tracked;
        try {
            tracked = tracker.track(request.html(), message, request.honeypot() == null || request.honeypot());
        } catch (InvalidMessageException e) {
            return error(Status.BAD_REQUEST, e.getMessage());
        }
        String unsubscribeUrl = urls.url(message.with(Purpose.UNSUBSCRIBE, null, null, false));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return Response.ok(new TrackedMessage(tracked.html(), headers, tracked.links(), urls.url(message), unsubscribeUrl))
                .build();
    }

    private List<String> problems(TrackMessageRequest request) {
        List<String> problems = new ArrayList<>();
        if (request == null) {
            problems.add("the body must be a JSON object with at least message_id, contact_id and html");
            return problems;
        }
        if (request.messageId() == null || request.messageId().isBlank()) {
            problems.add("message_id is required");
        }
        if (request.contactId() == null || request.contactId().isBlank()) {
            problems.add("contact_id is required");
        }
        checkLength(problems, "message_id", request.messageId());
        checkLength(problems, "campaign_id", request.campaignId());
        checkLength(problems, "variant", request.variant());
        checkLength(problems, "contact_id", request.contactId());
        checkLength(problems, "recipient", request.recipient());
        if (request.sequenceStep() != null && request.sequenceStep() < 1) {
            problems.add("sequence_step must be 1 or more");
        }
        if (request.html() == null || request.html().isBlank()) {
            problems.add("html is required");
        } else if (request.html().length() > maxHtmlBytes
                || request.html().getBytes(StandardCharsets.UTF_8).length > maxHtmlBytes) {
            problems.add("html is larger than the limit of " + maxHtmlBytes + " bytes");
        }
        return problems;
    }

    private static void checkLength(List<String> problems, String field, String value) {
        if (value != null && value.length() > MAX_ID_CHARS) {
            problems.add(field + " is longer than " + MAX_ID_CHARS + " characters");
        }
    }

    private static Response error(Status status, String message) {
        return Response.status(status).entity(new ErrorMessage(status.getStatusCode(), message)).build();
    }
}
