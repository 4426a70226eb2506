package com.penguinmails.operational.domains;

import jakarta.ws.rs.WebApplicationException;

/** A change that conflicts with existing state (a duplicate domain, removing the active key): answered with 409. */
public final class DomainConflictException extends WebApplicationException {

    public DomainConflictException(String message) {
        super(message, 409);
    }
}
