package com.penguinmails.operational.access;

import com.penguinmails.operational.errors.ValidationErrors;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A 422 answer for rules checked in code, in the same shape as bean-validation failures ({@link ValidationErrors}).
 * Each message starts with the field's JSON name ({@code "password must be at least 12 characters long"}); the first
 * word files it under {@code fields}.
 */
public final class UnprocessableEntityException extends WebApplicationException {

    public UnprocessableEntityException(List<String> errors) {
        super(Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ValidationErrors(422, "the request is not valid", List.copyOf(errors), byField(errors)))
                .build());
    }

    public UnprocessableEntityException(String error) {
        this(List.of(error));
    }

    private static Map<String, List<String>> byField(List<String> errors) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String error : errors) {
            int space = error.indexOf(' ');
            String field = space > 0 ? error.substring(0, space) : "body";
            fields.computeIfAbsent(field, name -> new ArrayList<>()).add(space > 0 ? error.substring(space + 1) : error);
        }
        return fields;
    }
}
