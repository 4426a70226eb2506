package com.penguinmails.operational.domains;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.operational.OperationalApiApplication;
import io.dropwizard.jackson.Jackson;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the OpenAPI document in step with the domains endpoints and the JSON they produce. */
class DomainsOpenApiTest {

    private static final ObjectMapper MAPPER = Jackson.newObjectMapper()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = OperationalApiApplication.class.getResourceAsStream(
                OperationalApiApplication.OPENAPI_DOCUMENT)) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void describesEveryEndpointOfTheDomainsResources() {
        String base = DomainsResource.class.getAnnotation(Path.class).value();
        for (Method method : DomainsResource.class.getDeclaredMethods()) {
            String verb = verb(method);
            if (verb != null) {
                Path path = method.getAnnotation(Path.class);
                assertThat(operation(base + (path == null ? "" : path.value()), verb))
                        .as("%s %s", verb, method.getName()).isFalse();
            }
        }
        assertThat(operation(TrackingDomainsResource.class.getAnnotation(Path.class).value(), "get")).isFalse();
    }

    @Test
    void describesEveryFieldOfTheAnswersAndNoOther() {
        DnsRecord record = new DnsRecord("TXT", "acme.io", "v=spf1 -all", List.of("v=spf1 -all"), RecordPurpose.SPF,
                3600, true);
        RecordCheck check = new RecordCheck(record, RecordStatus.FOUND, List.of("v=spf1 -all"), "");
        DkimKeyView key = new DkimKeyView("pm202611", "rsa", 2048, true, "MIIB", NOW);
        DomainView domain = new DomainView("dom_1", "ws-1", "acme.io", "bounces.acme.io", null, DmarcStage.NONE,
                "pending", List.of(key), NOW, null, null, null);

        assertFields("Domain", domain);
        assertFields("DkimKey", key);
        assertFields("DnsRecord", record);
        assertFields("RecordCheck", check);
        assertFields("Verification", new VerificationView("dom_1", "pending", NOW, List.of(check)));
        PropagationView.ResolverView resolver = new PropagationView.ResolverView("1.1.1.1", true, List.of(check));
        assertFields("Propagation", new PropagationView("dom_1", NOW, true, List.of(resolver)));
        assertThat(names(document.at("/components/schemas/Propagation/properties/resolvers/items/properties")))
                .containsExactlyInAnyOrderElementsOf(names(MAPPER.valueToTree(resolver)));
        assertThat(names(document.at("/components/schemas/TrackingDomainList/properties/tracking_domains/items/properties")))
                .containsExactlyInAnyOrderElementsOf(names(MAPPER.valueToTree(new TrackingDomain("t.acme.io", "acme"))));
        assertThat(names(document.at("/components/schemas/CreateDomainRequest/properties")))
                .containsExactlyInAnyOrderElementsOf(names(MAPPER.valueToTree(
                        new CreateDomainRequest("acme.io", "b.acme.io", "t.acme.io", 2048))));
        assertThat(names(document.at("/components/schemas/UpdateDomainRequest/properties")))
                .containsExactlyInAnyOrderElementsOf(names(MAPPER.valueToTree(new UpdateDomainRequest("b", "t"))));
    }

    private static void assertFields(String schema, Object answer) {
        assertThat(names(document.at("/components/schemas/" + schema + "/properties")))
                .as(schema).containsExactlyInAnyOrderElementsOf(names(MAPPER.valueToTree(answer)));
    }

    private static boolean operation(String path, String verb) {
        return document.path("paths").path(path).path(verb).isMissingNode();
    }

    private static String verb(Method method) {
        for (Class<? extends java.lang.annotation.Annotation> verb : List.of(GET.class, POST.class, PATCH.class,
                DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
