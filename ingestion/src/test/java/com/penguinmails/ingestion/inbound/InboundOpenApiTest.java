package com.penguinmails.ingestion.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.ingestion.IngestionApplication;
import com.penguinmails.openapi.OpenApiResource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboundOpenApiTest {

    @Test
    void documentsEveryAnswerOfTheInboundEndpointAndEveryFieldOfItsResult() throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory())
                .readTree(new OpenApiResource(IngestionApplication.OPENAPI_DOCUMENT).document());
        JsonNode post = document.at("/paths/~1v1~1inbound~1messages/post");

        assertThat(names(post.get("responses")))
                .containsExactlyInAnyOrder("202", "400", "401", "403", "413", "415", "429", "503");
        assertThat(names(post.at("/requestBody/content"))).containsExactlyInAnyOrder("message/rfc822",
                "application/octet-stream");
        assertThat(names(document.at("/paths/~1v1~1inbound~1return-paths/post/responses")))
                .containsExactlyInAnyOrder("200", "400", "401", "422", "429");
        JsonNode documented = document.at("/components/schemas/InboundMessageResult/properties");
        JsonNode written = new ObjectMapper().valueToTree(new InboundMessageResult("bounce",
                List.of(new InboundMessageResult.StoredEvent("inbound-1", "bounce", "a@b.test", "hard", "user_unknown",
                        "5.1.1")),
                new InboundMessageResult.CorrelationSummary("verp_address", "m", "c", "b-x@y.test", "<o@x>", null,
                        List.of())));
        assertThat(names(documented)).isEqualTo(names(written));
        assertThat(names(documented.at("/events/items/properties"))).isEqualTo(names(written.get("events").get(0)));
        assertThat(names(documented.at("/correlation/properties"))).isEqualTo(names(written.get("correlation")));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
