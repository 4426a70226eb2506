package com.penguinmails.operational.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.operational.OperationalApiApplication;
import com.penguinmails.operational.status.Status;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the static OpenAPI document in step with the answers the code produces. */
class OpenApiDocumentTest {

    @Test
    void describesEveryFieldOfTheStatusAnswerAndNoOther() throws IOException {
        JsonNode document;
        try (InputStream in = OperationalApiApplication.class.getResourceAsStream(OperationalApiApplication.OPENAPI_DOCUMENT)) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        JsonNode status = Jackson.newObjectMapper().valueToTree(new Status("operational-api", "1"));

        assertThat(names(document.at("/components/schemas/Status/properties")))
                .containsExactlyInAnyOrderElementsOf(names(status));
        assertThat(document.at("/paths/~1v1~1status/get").isMissingNode()).isFalse();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
