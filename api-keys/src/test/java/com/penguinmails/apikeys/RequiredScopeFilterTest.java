package com.penguinmails.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.auth.Auth;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class RequiredScopeFilterTest {

    @Path("/analytics")
    public static class AnalyticsResource {
        @GET
        public String read(@Auth TenantPrincipal tenant) {
            return tenant.tenantId();
        }
    }

    /** Down: every lookup fails. */
    private static final ApiKeyStore UNAVAILABLE = hash -> {
        throw new ApiKeyStoreUnavailableException("down", null);
    };

    private static final ApiKeyStore STORE = new ConfiguredApiKeys(List.of(
            new ApiKeysFactory.ConfiguredKey("acme", ApiKeyHasher.sha256Hex("reader"),
                    Set.of(ApiKeyScopes.ANALYTICS_READ)),
            new ApiKeysFactory.ConfiguredKey("acme", ApiKeyHasher.sha256Hex("writer"),
                    Set.of(ApiKeyScopes.EVENTS_WRITE)),
            new ApiKeysFactory.ConfiguredKey("acme", ApiKeyHasher.sha256Hex("operator"))));

    private final ResourceExtension resources = ResourceExtension.builder()
            .addProvider(ApiKeysFactory.authFeature(STORE))
            .addProvider(new AuthValueFactoryProvider.Binder<>(TenantPrincipal.class))
            .addProvider(new RequiredScopeFilter(ApiKeyScopes.ANALYTICS_READ))
            .addResource(new AnalyticsResource())
            .build();

    private final ResourceExtension unavailable = ResourceExtension.builder()
            .addProvider(ApiKeysFactory.authFeature(UNAVAILABLE))
            .addProvider(new AuthValueFactoryProvider.Binder<>(TenantPrincipal.class))
            .addResource(new AnalyticsResource())
            .build();

    private Response get(ResourceExtension extension, String key) {
        return extension.target("/analytics").request().header(HttpHeaders.AUTHORIZATION, "Bearer " + key).get();
    }

    @Test
    void keyWithTheRequiredScopeIsServed() {
        try (Response response = get(resources, "reader")) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(String.class)).isEqualTo("acme");
        }
    }

    @Test
    void keyWithoutTheRequiredScopeGetsJson403() {
        try (Response response = get(resources, "writer")) {
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.readEntity(String.class)).contains("lacks the scope analytics:read");
        }
    }

    @Test
    void configuredKeyWithoutScopesHoldsEveryScope() {
        try (Response response = get(resources, "operator")) {
            assertThat(response.getStatus()).isEqualTo(200);
        }
        assertThat(new TenantPrincipal("acme").scopes()).isEqualTo(ApiKeyScopes.ALL);
        assertThat(new TenantPrincipal("acme").keyId()).isEqualTo(Optional.empty());
    }

    @Test
    void storeThatCannotAnswerGives503WithRetryAfterNot401() {
        try (Response response = get(unavailable, "reader")) {
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(response.readEntity(String.class)).contains("cannot be validated right now");
        }
    }
}
