package com.penguinmails.operational.infrastructure;

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
import jakarta.ws.rs.PUT;
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

/** Keeps the OpenAPI document in step with the infrastructure endpoints and the JSON they produce. */
class InfrastructureOpenApiTest {

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
    void describesEveryEndpointOfTheInfrastructureResources() {
        for (Class<?> resource : List.of(ServersResource.class, InfrastructureCostsResource.class,
                MailboxesResource.class)) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path path = method.getAnnotation(Path.class);
                    String full = base + (path == null ? "" : path.value());
                    assertThat(document.path("paths").path(full).path(verb).isMissingNode())
                            .as("%s %s", verb, full).isFalse();
                }
            }
        }
    }

    @Test
    void describesEveryFieldOfTheAnswersAndRequestsAndNoOther() {
        ServerIpView ip = new ServerIpView("203.0.113.7", 4, true, "mta1.acme.io", NOW);
        SmtpHostView host = new SmtpHostView("smtp-1", "srv-1", "mta1.acme.io", 587, NOW);
        ServerView server = new ServerView("srv-1", "w-1", "hostwinds", "4001", "pm-srv-1", "us-east", "vps-2gb",
                "active", "9.99", "USD", 0, null, NOW, NOW, NOW, null, List.of(ip), List.of(host));
        MailboxView mailbox = new MailboxView("mbx-1", "w-1", "sam@acme.io", "acme.io", null, "Sam", 1000L,
                "active", 50, NOW, NOW, null);
        WorkspaceCosts.Line line = new WorkspaceCosts.Line("srv-1", "pm-srv-1", "active", "9.99", "USD", "3.33",
                NOW, null);
        WorkspaceCosts.Total total = new WorkspaceCosts.Total("USD", "9.99", "3.33");

        assertFields("Server", server);
        assertFields("ServerIp", ip);
        assertFields("SmtpHost", host);
        assertFields("Mailbox", mailbox);
        assertFields("WorkspaceCosts", new WorkspaceCosts("w-1", "2026-11", NOW, List.of(line), List.of(total)));
        assertThat(names(document.at("/components/schemas/WorkspaceCosts/properties/servers/items/properties")))
                .containsExactlyInAnyOrderElementsOf(names(MAPPER.valueToTree(line)));
        assertThat(names(document.at("/components/schemas/WorkspaceCosts/properties/totals/items/properties")))
                .containsExactlyInAnyOrderElementsOf(names(MAPPER.valueToTree(total)));
        assertFields("ProvisionServerRequest", new ProvisionServerRequest("us-east", "vps-2gb", "hostwinds"));
        assertFields("AddSmtpHostRequest", new AddSmtpHostRequest("mta1.acme.io", 587));
        assertFields("ReverseDnsRequest", new ReverseDnsRequest("mta1.acme.io"));
        assertFields("CreateMailboxRequest", new CreateMailboxRequest("sam@acme.io", "Sam", 1000L, "smtp-1"));
        List<String> created = names(MAPPER.valueToTree(new CreatedMailbox(mailbox, "secret")));
        List<String> documented = new ArrayList<>(names(document.at("/components/schemas/Mailbox/properties")));
        documented.addAll(names(document.at("/components/schemas/CreatedMailbox/allOf/1/properties")));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(created);
    }

    private static void assertFields(String schema, Object value) {
        assertThat(names(document.at("/components/schemas/" + schema + "/properties")))
                .as(schema).containsExactlyInAnyOrderElementsOf(names(MAPPER.valueToTree(value)));
    }

    private static String verb(Method method) {
        for (Class<? extends java.lang.annotation.Annotation> verb : List.of(GET.class, POST.class, PUT.class,
                PATCH.class, DELETE.class)) {
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
