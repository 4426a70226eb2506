package com.penguinmails.ingestion.inbound;

import static com.penguinmails.ingestion.inbound.InboundSamples.BOUNCE_DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.apikeys.ApiKeyHasher;
import com.penguinmails.apikeys.ApiKeysFactory;
import com.penguinmails.apikeys.ConfiguredApiKeys;
import com.penguinmails.apikeys.TenantPrincipal;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ReturnPathsResourceTest {

    private static final String KEY = "pm_acme_secret";

    private final VerpAddresses verp = new VerpAddresses(InboundSamples.keyring(), 64);
    private final ResourceExtension resources = ResourceExtension.builder()
            .addProvider(ApiKeysFactory.authFeature(new ConfiguredApiKeys(List.of(
                    new ApiKeysFactory.ConfiguredKey("acme", ApiKeyHasher.sha256Hex(KEY))))))
            .addProvider(new AuthValueFactoryProvider.Binder<>(TenantPrincipal.class))
            .addResource(new ReturnPathsResource(verp, List.of(BOUNCE_DOMAIN, "bounces2.penguin.test")))
            .build();

    @Test
    void signsAReturnPathForTheKeysTenantThatVerifiesBackToTheMessage() {
        try (Response response = post("{\"message_id\":\"m-77\",\"contact_id\":\"ct-7\"}")) {
            assertThat(response.getStatus()).isEqualTo(200);
            JsonNode body = response.readEntity(JsonNode.class);
            String returnPath = body.get("return_path").textValue();
            assertThat(returnPath).endsWith("@" + BOUNCE_DOMAIN)
                    .startsWith(body.get("message_id_local_part").textValue() + "@");
            assertThat(verp.verify(returnPath)).hasValueSatisfying(found -> {
                assertThat(found.tenantId()).isEqualTo("acme");
                assertThat(found.messageId()).isEqualTo("m-77");
                assertThat(found.contactId()).isEqualTo("ct-7");
            });
        }
        try (Response response = post("{\"message_id\":\"m-77\",\"bounce_domain\":\"Bounces2.Penguin.Test\"}")) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(JsonNode.class).get("return_path").textValue())
                    .endsWith("@bounces2.penguin.test");
        }
    }

    @Test
    void refusesUnknownBounceDomainsIdsThatDoNotFitAndMissingMessageIds() {
        try (Response response = post("{\"message_id\":\"m-1\",\"bounce_domain\":\"evil.test\"}")) {
            assertThat(response.getStatus()).isEqualTo(400);
        }
        try (Response response = post("{\"message_id\":\"" + "m".repeat(60) + "\"}")) {
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.readEntity(String.class)).contains("over the limit of 64");
        }
        try (Response response = post("{\"contact_id\":\"ct-1\"}")) {
            assertThat(response.getStatus()).isEqualTo(422);
        }
        try (Response response = resources.target("/v1/inbound/return-paths").request()
                .post(Entity.json("{\"message_id\":\"m-1\"}"))) {
            assertThat(response.getStatus()).isEqualTo(401);
        }
    }

    private Response post(String json) {
        return resources.target("/v1/inbound/return-paths").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + KEY)
                .post(Entity.entity(json, MediaType.APPLICATION_JSON_TYPE));
    }
}
