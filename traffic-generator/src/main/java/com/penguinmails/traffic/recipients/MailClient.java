package com.penguinmails.traffic.recipients;

/** How a recipient reads mail, which decides what an open looks like to the tracking pixel. */
public enum MailClient {
    /** Apple Mail with Mail Privacy Protection: Apple's proxy prefetches every message; the person's reads are invisible. */
    APPLE_MAIL,
    /** Gmail or Yahoo webmail or app: the provider's image proxy fetches the pixel when the person opens. */
    PROXIED_WEBMAIL,
    /** A client or webmail that loads images directly: the person's own address and agent reach the pixel. */
    DIRECT
}
