package com.penguinmails.ingestion.tracking;

/**
 * What a request on a tracking URL tells about who made it: the evidence the bot and scanner classifier works from.
 *
 * @param clientAddress the client IP (see {@link TrustedProxies}), nullable
 * @param userAgent the {@code User-Agent} header, cut to {@value #MAX_USER_AGENT_CHARS} characters, nullable
 * @param httpMethod e.g. {@code GET}, or {@code HEAD}, which only scanners send
 */
public record TrackingRequest(String clientAddress, String userAgent, String httpMethod) {

    /** Longer User-Agent headers are cut, so a request cannot inflate the stored event. */
    public static final int MAX_USER_AGENT_CHARS = 512;

    public TrackingRequest {
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT_CHARS) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT_CHARS);
        }
    }
}
