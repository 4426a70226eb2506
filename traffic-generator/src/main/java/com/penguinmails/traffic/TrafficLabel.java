package com.penguinmails.traffic;

/**
 * Ground truth for who or what made the request behind a generated event: what a bot classifier should say.
 *
 * <p>Opens and clicks carry one of the request origins; every other event type is {@link #NOT_APPLICABLE}.
 */
public enum TrafficLabel {
    /** A person, in a mail client or browser. */
    HUMAN,
    /** Apple Mail Privacy Protection prefetching the message through Apple's proxy, whether or not anyone reads it. */
    APPLE_MPP,
    /** A webmail image proxy (Gmail's GoogleImageProxy, Yahoo's) fetching the pixel when the person opens the message. */
    IMAGE_PROXY,
    /** A mail security gateway (Microsoft Defender Safe Links, Mimecast, Proofpoint, Barracuda) checking links. */
    SECURITY_SCANNER,
    /** A crawler, link previewer or script. */
    BOT,
    /** Not an open or click. */
    NOT_APPLICABLE
}
