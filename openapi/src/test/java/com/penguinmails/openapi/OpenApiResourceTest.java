package com.penguinmails.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class OpenApiResourceTest {

    private static final ResourceExtension RESOURCES =
            ResourceExtension.builder().addResource(new OpenApiResource("/openapi/sample.yaml")).build();

    @Test
    void servesTheDocumentAsYamlWithoutAuthentication() {
        try (Response response = RESOURCES.target("/openapi.yaml").request().get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getMediaType().toString()).isEqualTo(OpenApiResource.YAML);
            assertThat(response.readEntity(String.class)).startsWith("openapi: 3.0.3").contains("title: Sample");
        }
    }

    @Test
    void missingDocumentFailsAtConstruction() {
        assertThatThrownBy(() -> new OpenApiResource("/openapi/missing.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/openapi/missing.yaml");
    }
}
