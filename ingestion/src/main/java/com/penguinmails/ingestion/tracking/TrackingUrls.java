package com.penguinmails.ingestion.tracking;

/**
 * Builds the signed tracking URLs of a message: on the tenant's custom tracking domain when it has one, else on the
 * shared base URL.
 */
public final class TrackingUrls {

    private final TrackingTokens tokens;
    private final TrackingDomains domains;

    public TrackingUrls(TrackingTokens tokens, TrackingDomains domains) {
        this.tokens = tokens;
        this.domains = domains;
    }

    /** The URL {@code token} is used on, by its purpose: {@code /t/o/}, {@code /t/c/} or {@code /t/u/}. */
    public String url(TrackingToken token) {
        String path = switch (token.purpose()) {
            case OPEN -> "/t/o/";
            case CLICK -> "/t/c/";
            case UNSUBSCRIBE -> "/t/u/";
        };
        return domains.linkBase(token.tenantId()) + path + tokens.sign(token);
    }
}
