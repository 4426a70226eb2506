package com.penguinmails.operational.errors;

import io.dropwizard.core.setup.Environment;

/**
 * The service's answers to failed requests, on top of Dropwizard's defaults: validation failures name the fields (422
 * for a body, 400 for parameters), unique-constraint violations are 409, other database failures are a 500 with an
 * error id and nothing else. Dropwizard's own mappers already answer malformed JSON with 400 and any other exception
 * with a 500 carrying only an error id, never a stack trace.
 */
public final class ErrorHandling {

    private ErrorHandling() {
    }

    /** Registers the exception mappers with the application's Jersey environment. */
    public static void register(Environment environment) {
        environment.jersey().register(new ValidationErrorMapper());
        environment.jersey().register(new DatabaseErrorMapper());
    }
}
