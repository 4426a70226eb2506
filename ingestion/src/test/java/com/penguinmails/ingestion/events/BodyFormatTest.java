package com.penguinmails.ingestion.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

class BodyFormatTest {

    @Test
    void jsonAndNdjsonAreRecognisedWithParameters() {
        assertThat(BodyFormat.of(MediaType.valueOf("application/json"))).contains(BodyFormat.JSON_ARRAY);
        assertThat(BodyFormat.of(MediaType.valueOf("application/json; charset=UTF-8"))).contains(BodyFormat.JSON_ARRAY);
        assertThat(BodyFormat.of(MediaType.valueOf("application/x-ndjson"))).contains(BodyFormat.NDJSON);
        assertThat(BodyFormat.of(MediaType.valueOf("Application/X-NDJSON; charset=utf-8"))).contains(BodyFormat.NDJSON);
    }

    @Test
    void otherTypesAndNoTypeAreNotAccepted() {
        assertThat(BodyFormat.of(null)).isEmpty();
        assertThat(BodyFormat.of(MediaType.TEXT_PLAIN_TYPE)).isEmpty();
        assertThat(BodyFormat.of(MediaType.WILDCARD_TYPE)).isEmpty();
        assertThat(BodyFormat.of(MediaType.valueOf("application/*"))).isEmpty();
        assertThat(BodyFormat.of(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).isEmpty();
    }
}
