package com.penguinmails.operational.access;

import com.penguinmails.operational.apikeys.ApiKeyCallers;
import com.penguinmails.operational.sessions.SessionCallers;
import com.penguinmails.operational.sessions.SessionTokens;
import io.dropwizard.auth.Authenticator;
import java.util.Optional;

/**
 * Resolves any bearer token to its caller: session tokens ({@code pms_...}) to the signed-in person, configured service
 * tokens to the service, and everything else to the API key it may be.
 */
public final class CallerAuthenticator implements Authenticator<PresentedToken, Caller> {

    private final SessionCallers sessions;
    private final ServiceCallers services;
    private final ApiKeyCallers apiKeys;

    public CallerAuthenticator(SessionCallers sessions, ServiceCallers services, ApiKeyCallers apiKeys) {
        this.sessions = sessions;
        this.services = services;
        this.apiKeys = apiKeys;
    }

    @Override
    public Optional<Caller> authenticate(PresentedToken presented) {
        String token = presented.token();
        if (SessionTokens.isSessionToken(token)) {
            return sessions.authenticate(token, presented.sourceAddress());
        }
        Optional<Caller> service = services.authenticate(token, presented.sourceAddress());
        return service.isPresent() ? service : apiKeys.authenticate(token, presented.sourceAddress());
    }
}
