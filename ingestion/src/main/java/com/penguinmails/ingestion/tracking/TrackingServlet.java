package com.penguinmails.ingestion.tracking;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.ingestion.events.EventPublisher;
import com.penguinmails.ingestion.events.PublishFailedException;
import com.penguinmails.ingestion.tracking.TrackingToken.Purpose;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The public tracking endpoints, as a plain servlet mapped to {@code /t/*} because they are the hot path:
 * {@code GET /t/o/{token}} (open pixel), {@code GET|HEAD /t/c/{token}} (click redirect) and {@code GET|POST /t/u/{token}}
 * (unsubscribe confirmation page and RFC 8058 one-click unsubscribe).
 *
 * <p>A token counts only if it verifies, is meant for the endpoint it is used on, and belongs to the tenant whose custom
 * domain the request is on (the shared host serves every tenant). {@code HEAD} gets the {@code GET} answer without a body
 * and is recorded with method HEAD, which only scanners send. Each recorded request is published as one event, with
 * a time-ordered random UUID event id ({@link TimeOrderedEventIds}), before the answer is written. The pixel is
 * answered whatever happens; a click on an invalid token is a 404 page and never a redirect; an unsubscribe that
 * could not be recorded is a 503, so the mailbox provider retries rather than the recipient believing it worked.
 */
public final class TrackingServlet extends HttpServlet {

    /** The 43-byte transparent 1x1 GIF. */
    static final byte[] PIXEL = {
        0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, (byte) 0x80, 0x00, 0x00, 0x00, 0x00, 0x00,
        (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x21, (byte) 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00,
        0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B};

    /** How much of a one-click unsubscribe body is read; the form is a few dozen bytes. */
    private static final int MAX_FORM_BYTES = 8192;
    private static final String NO_CACHE = "no-store, no-cache, must-revalidate, private";
    private static final byte[] INVALID_LINK = page("Link not valid",
            "<p>This link is not valid. It may have been changed or it has expired.</p>");
    private static final byte[] HONEYPOT_PAGE = page("Nothing here", "<p>There is nothing to see here.</p>");
    private static final byte[] UNSUBSCRIBED = page("Unsubscribed",
            "<p>You are unsubscribed. You will not receive further messages of this sequence.</p>");
    private static final byte[] UNSUBSCRIBE_FAILED = page("Please try again",
            "<p>Your request could not be recorded just now. Please try again in a minute.</p>");
    private static final byte[] CONFIRMATION = page("Unsubscribe",
            "<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                    + "<p>Do you want to stop receiving these messages?</p>"
                    + "<button type=\"submit\">Unsubscribe</button></form>");
    private static final String RETRY_AFTER_SECONDS = "30";

    private final TrackingTokens tokens;
    private final TrackingDomains domains;
    private final TrustedProxies proxies;
    private final EventPublisher engagements;
    private final EventPublisher unsubscribeEvents;
    private final Clock clock;
    private final Meter opens;
    private final Meter clicks;
    private final Meter unsubscribes;
    private final Meter invalid;
    private final Meter failed;

    /**
     * @param engagements stores opens and clicks
     * @param unsubscribeEvents stores one-click unsubscribes (whose answer tells the recipient it worked)
     * @param metrics where the meters {@code ingestion.tracking.opens}, {@code .clicks}, {@code .unsubscribes} (recorded),
     *     {@code .invalid} (refused tokens) and {@code .failed} (events that could not be stored) are registered
     */
    public TrackingServlet(TrackingTokens tokens, TrackingDomains domains, TrustedProxies proxies,
            EventPublisher engagements, EventPublisher unsubscribeEvents, Clock clock, MetricRegistry metrics) {
        this.tokens = tokens;
        this.domains = domains;
        this.proxies = proxies;
        this.engagements = engagements;
        this.unsubscribeEvents = unsubscribeEvents;
        this.clock = clock;
        this.opens = metrics.meter(MetricRegistry.name("ingestion", "tracking", "opens"));
        this.clicks = metrics.meter(MetricRegistry.name("ingestion", "tracking", "clicks"));
        this.unsubscribes = metrics.meter(MetricRegistry.name("ingestion", "tracking", "unsubscribes"));
        this.invalid = metrics.meter(MetricRegistry.name("ingestion", "tracking", "invalid"));
        this.failed = metrics.meter(MetricRegistry.name("ingestion", "tracking", "failed"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.length() < 4 || path.charAt(0) != '/' || path.charAt(2) != '/') {
            notFound(response);
            return;
        }
        String token = path.substring(3);
        switch (path.charAt(1)) {
            case 'o' -> open(request, response, token);
            case 'c' -> click(request, response, token);
            case 'u' -> confirmationPage(request, response, token);
            default -> notFound(response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.startsWith("/u/") || path.length() < 4) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        // The answer does not depend on the form (RFC 8058's "List-Unsubscribe=One-Click"), but an unread body makes
        // Jetty close the connection after the answer, which breaks a client that sends its next request on it.
        request.getInputStream().readNBytes(MAX_FORM_BYTES);
        oneClickUnsubscribe(request, response, path.substring(3));
    }

    private void open(HttpServletRequest request, HttpServletResponse response, String encoded) throws IOException {
        Optional<TrackingToken> token = valid(request, encoded, Purpose.OPEN);
        if (token.isPresent() && record(engagements, EventType.open, token.get(), request)) {
            opens.mark();
        }
        response.setStatus(HttpServletResponse.SC_OK);
        noCache(response);
        response.setContentType("image/gif");
        response.setContentLength(PIXEL.length);
        response.getOutputStream().write(PIXEL);
    }

    private void click(HttpServletRequest request, HttpServletResponse response, String encoded) throws IOException {
        Optional<TrackingToken> token = valid(request, encoded, Purpose.CLICK);
        if (token.isEmpty() || !(token.get().honeypot() || isWebUrl(token.get().targetUrl()))) {
            notFound(response);
            return;
        }
        if (record(engagements, EventType.click, token.get(), request)) {
            clicks.mark();
        }
        noCache(response);
        if (token.get().honeypot()) {
            html(response, HttpServletResponse.SC_OK, HONEYPOT_PAGE);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", token.get().targetUrl());
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setContentLength(0);
    }

    private void confirmationPage(HttpServletRequest request, HttpServletResponse response, String encoded)
            throws IOException {
        if (valid(request, encoded, Purpose.UNSUBSCRIBE).isEmpty()) {
            notFound(response);
            return;
        }
        noCache(response);
        html(response, HttpServletResponse.SC_OK, CONFIRMATION);
    }

    private void oneClickUnsubscribe(HttpServletRequest request, HttpServletResponse response, String encoded)
            throws IOException {
        Optional<TrackingToken> token = valid(request, encoded, Purpose.UNSUBSCRIBE);
        if (token.isEmpty()) {
            notFound(response);
            return;
        }
        noCache(response);
        if (!record(unsubscribeEvents, EventType.unsubscribe, token.get(), request)) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            html(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, UNSUBSCRIBE_FAILED);
            return;
        }
        unsubscribes.mark();
        html(response, HttpServletResponse.SC_OK, UNSUBSCRIBED);
    }

    private Optional<TrackingToken> valid(HttpServletRequest request, String encoded, Purpose purpose) {
        Optional<TrackingToken> token = tokens.verify(encoded)
                .filter(verified -> verified.purpose() == purpose)
                .filter(verified -> domains.serves(request.getServerName(), verified.tenantId()));
        if (token.isEmpty()) {
            invalid.mark();
        }
        return token;
    }

    /** Publishes the event of this request; false (and counted as failed) if it could not be stored. */
    private boolean record(EventPublisher publisher, EventType type, TrackingToken token, HttpServletRequest request) {
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        TrackingRequest facts = new TrackingRequest(
                proxies.clientAddress(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For")),
                request.getHeader("User-Agent"),
                request.getMethod());
        try {
            publisher.publish(List.of(TrackingEvents.of(type, token, facts,
                    TimeOrderedEventIds.next(receivedAt.toEpochMilli()), receivedAt)));
            return true;
        } catch (PublishFailedException | RuntimeException e) {
            failed.mark();
            return false;
        }
    }

    private static boolean isWebUrl(String url) {
        if (url == null
                || !(url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7))) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static void noCache(HttpServletResponse response) {
        response.setHeader("Cache-Control", NO_CACHE);
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        noCache(response);
        html(response, HttpServletResponse.SC_NOT_FOUND, INVALID_LINK);
    }

    private static void html(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static byte[] page(String title, String body) {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>" + title + "</title></head><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }
}
