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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ApiKeyAuthResourceTest {

    @Path("/whoami")
    public static class WhoAmIResource {
        @GET
        public String whoAmI(@Auth TenantPrincipal tenant) {
            return tenant.tenantId();
        }
    }

    private static final ApiKeyStore STORE = new ConfiguredApiKeys(List.of(
            new ApiKeysFactory.ConfiguredKey("acme", ApiKeyHasher.sha256Hex("pm_acme_secret"))));

    private final ResourceExtension resources = ResourceExtension.builder()
            .addProvider(ApiKeysFactory.authFeature(STORE))
            .addProvider(new AuthValueFactoryProvider.Binder<>(TenantPrincipal.class))
            .addResource(new WhoAmIResource())
            .build();

    @Test
    void knownKeyActsForItsTenant() {
        try (Response response = resources.target("/whoami").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer pm_acme_secret").get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(String.class)).isEqualTo("acme");
        }
    }

    @Test
    void missingOrUnknownKeyGetsJson401() {
        try (Response missing = resources.target("/whoami").request().get();
                Response unknown = resources.target("/whoami").request()
                        .header(HttpHeaders.AUTHORIZATION, "Bearer pm_wrong").get()) {
            assertThat(missing.getStatus()).isEqualTo(401);
            assertThat(unknown.getStatus()).isEqualTo(401);
            assertThat(unknown.readEntity(String.class)).contains("valid API key is required");
        }
    }
}
