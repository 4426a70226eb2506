package com.penguinmails.ingestion.inbound;

/**
 * Thrown when a mail posted by one tenant is correlated only to another tenant's message (a VERP address signed with
 * the other tenant's key): it is refused rather than recorded for either tenant.
 */
public final class ForeignTenantException extends Exception {

    private static final long serialVersionUID = 1L;

    public ForeignTenantException(String message) {
        super(message);
    }
}
