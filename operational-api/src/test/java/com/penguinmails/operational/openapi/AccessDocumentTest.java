package com.penguinmails.operational.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.operational.OperationalApiApplication;
import com.penguinmails.operational.organisations.Organisation;
import com.penguinmails.operational.organisations.OrganisationResource;
import com.penguinmails.operational.people.Me;
import com.penguinmails.operational.people.MeResource;
import com.penguinmails.operational.people.SignUpRequest;
import com.penguinmails.operational.people.SignUpResource;
import com.penguinmails.operational.people.SignUpResult;
import com.penguinmails.operational.sessions.LoginActivity;
import com.penguinmails.operational.sessions.LoginActivityResource;
import com.penguinmails.operational.sessions.NewSession;
import com.penguinmails.operational.sessions.SessionResource;
import com.penguinmails.operational.sessions.SessionView;
import com.penguinmails.operational.sessions.SignInRefusal;
import com.penguinmails.operational.sessions.SignInRequest;
import com.penguinmails.operational.twofactor.TotpCode;
import com.penguinmails.operational.twofactor.TotpDisableRequest;
import com.penguinmails.operational.twofactor.TotpEnabled;
import com.penguinmails.operational.twofactor.TotpResource;
import com.penguinmails.operational.twofactor.TotpSetup;
import com.penguinmails.operational.workspaces.AcceptInvitation;
import com.penguinmails.operational.workspaces.Invitation;
import com.penguinmails.operational.workspaces.InvitationAccepted;
import com.penguinmails.operational.workspaces.InvitationRequest;
import com.penguinmails.operational.workspaces.InvitationResource;
import com.penguinmails.operational.workspaces.Member;
import com.penguinmails.operational.workspaces.MemberResource;
import com.penguinmails.operational.workspaces.MemberRole;
import com.penguinmails.operational.workspaces.NewInvitation;
import com.penguinmails.operational.workspaces.OrganisationInvitationResource;
import com.penguinmails.operational.workspaces.OrganisationMemberResource;
import com.penguinmails.operational.workspaces.Workspace;
import com.penguinmails.operational.workspaces.WorkspaceInvitationResource;
import com.penguinmails.operational.workspaces.WorkspaceName;
import com.penguinmails.operational.workspaces.WorkspaceResource;
import io.dropwizard.jackson.Jackson;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the OpenAPI document of the people and access endpoints in step with the resources and their JSON. */
class AccessDocumentTest {

    private static final ObjectMapper JSON = Jackson.newObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = OperationalApiApplication.class.getResourceAsStream(
                OperationalApiApplication.OPENAPI_DOCUMENT)) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void describesEveryOperationOfTheResources() {
        List<String> operations = new ArrayList<>();
        for (Class<?> resource : List.of(SignUpResource.class, SessionResource.class, LoginActivityResource.class,
                MeResource.class, TotpResource.class, OrganisationResource.class, OrganisationMemberResource.class,
                OrganisationInvitationResource.class, WorkspaceResource.class, MemberResource.class,
                WorkspaceInvitationResource.class, InvitationResource.class)) {
            String root = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String path = (root + (sub == null ? "" : sub.value())).replace("{userId}", "{user_id}");
                    operations.add(verb.toLowerCase(Locale.ROOT) + " " + path);
                }
            }
        }

        assertThat(operations).hasSize(28);
        for (String operation : operations) {
            String[] parts = operation.split(" ");
            assertThat(document.at("/paths/" + parts[1].replace("/", "~1") + "/" + parts[0]).isMissingNode())
                    .as(operation).isFalse();
        }
    }

    @Test
    void describesEveryFieldOfEveryBodyAndNoOther() {
        Invitation invitation = new Invitation("i-1", "t-1", "w-1", "a@b.c", "viewer", "user:u-1", AT, AT, AT);
        Map<String, Object> bodies = Map.ofEntries(
                Map.entry("SignUpRequest", new SignUpRequest("Acme", "a@b.c", "p", "Sam")),
                Map.entry("SignUpResult", new SignUpResult("t-1", "Acme", "w-1", "Default", "u-1", "a@b.c")),
                Map.entry("SignInRequest", new SignInRequest("a@b.c", "p", "123456", "abcde-fghij")),
                Map.entry("NewSession", new NewSession("s-1", "pms_x", "u-1", "t-1", AT, 60)),
                Map.entry("SignInRefusal", new SignInRefusal(401, "m", false)),
                Map.entry("Session", new SessionView("s-1", AT, AT, AT, "127.0.0.1", "curl", true)),
                Map.entry("LoginActivity", new LoginActivity(AT, true, "ok", "127.0.0.1", "curl")),
                Map.entry("Me", new Me("u-1", "a@b.c", "Sam", false, AT, "t-1", "Acme", "owner", Map.of())),
                Map.entry("TotpSetup", new TotpSetup("ABC", "otpauth://totp/x", "SHA1", 6, 30)),
                Map.entry("TotpCode", new TotpCode("123456")),
                Map.entry("TotpEnabled", new TotpEnabled(true, List.of("abcde-fghij"))),
                Map.entry("TotpDisableRequest", new TotpDisableRequest("p", "123456", "abcde-fghij")),
                Map.entry("Organisation", new Organisation("t-1", "Acme", AT)),
                Map.entry("NameChange", new WorkspaceName("Default")),
                Map.entry("Workspace", new Workspace("w-1", "t-1", "Default", AT)),
                Map.entry("Member", new Member("u-1", "a@b.c", "Sam", "owner", "workspace")),
                Map.entry("MemberRole", new MemberRole("viewer")),
                Map.entry("InvitationRequest", new InvitationRequest("a@b.c", "viewer")),
                Map.entry("Invitation", invitation),
                Map.entry("NewInvitation", new NewInvitation("i-1", "w-1", "a@b.c", "viewer", AT, "pmi_x")),
                Map.entry("AcceptInvitation", new AcceptInvitation("pmi_x", "p", "Sam")),
                Map.entry("InvitationAccepted", new InvitationAccepted("u-1", "a@b.c", "t-1", "w-1", "viewer", true)));

        bodies.forEach((schema, body) -> assertThat(names(document.at("/components/schemas/" + schema
                + "/properties"))).as(schema).containsExactlyInAnyOrderElementsOf(names(JSON.valueToTree(body))));
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
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
