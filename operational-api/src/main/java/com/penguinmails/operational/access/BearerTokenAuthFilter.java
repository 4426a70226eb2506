package com.penguinmails.operational.access;

import io.dropwizard.auth.AuthFilter;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * Authenticates {@code Authorization: Bearer <token>} for every resource method that takes {@code @Auth Caller}, and
 * answers 401 when the header is missing or the token is not live. The token never reaches a log.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BearerTokenAuthFilter extends AuthFilter<PresentedToken, Caller> {

    static final String SCHEME = "Bearer";

    @Context
    private HttpServletRequest servletRequest;

    private BearerTokenAuthFilter() {
    }

    /** A filter that resolves tokens with {@code authenticator}. */
    public static BearerTokenAuthFilter using(CallerAuthenticator authenticator) {
        return new AuthFilterBuilder<PresentedToken, Caller, BearerTokenAuthFilter>() {
            @Override
            protected BearerTokenAuthFilter newInstance() {
                return new BearerTokenAuthFilter();
            }
        }.setAuthenticator(authenticator).setPrefix(SCHEME).setRealm("penguinmails")
                .setUnauthorizedHandler(new JsonUnauthorizedHandler()).buildAuthFilter();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> token = BearerTokens.of(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        String sourceAddress = servletRequest == null ? "unknown" : servletRequest.getRemoteAddr();
        Optional<String> userAgent = Optional.ofNullable(request.getHeaderString(HttpHeaders.USER_AGENT));
        if (token.isEmpty()
                || !authenticate(request, new PresentedToken(token.get(), sourceAddress, userAgent), SCHEME)) {
            throw unauthorizedHandler.buildException(prefix, realm);
        }
    }
}
