package com.penguinmails.apikeys;

import io.dropwizard.auth.UnauthorizedHandler;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Answers a missing or unknown API key with a JSON 401 in the same shape as Dropwizard's other errors. */
final class JsonUnauthorizedHandler implements UnauthorizedHandler {

    @Override
    public Response buildResponse(String prefix, String realm) {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, prefix + " realm=\"" + realm + "\"")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("code", 401, "message", "A valid API key is required: send it as 'Authorization: Bearer <key>'."))
                .build();
    }
}
