package com.penguinmails.operational.domains;

import jakarta.ws.rs.WebApplicationException;

/** A request field that fails validation the annotations cannot express (e.g. a host name): answered with 422. */
public final class InvalidFieldException extends WebApplicationException {

    private final String field;

    public InvalidFieldException(String field, String problem) {
        super(field + " " + problem, 422);
        this.field = field;
    }

    /** The JSON name of the offending field. */
    public String field() {
        return field;
    }
}
