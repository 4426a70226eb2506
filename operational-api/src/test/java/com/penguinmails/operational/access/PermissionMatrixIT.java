package com.penguinmails.operational.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks the permission matrix: every endpoint of {@link PermissionMatrix#ENDPOINTS}, called by every kind of caller
 * (people of each role organisation-wide and in a workspace, API keys of each scope, an internal service, a person of
 * another organisation),
 * answers 2xx exactly when the documented matrix (each permission's least role) allows it, 403 otherwise, and 404 for
 * another organisation's ids.
 */
@ExtendWith(EmbeddedStackExtension.class)
class PermissionMatrixIT {

    /**
     * A caller of the walk and the roles the matrix gives it.
     *
     * @param otherOrganisation true for a person of another organisation (their own organisation's owner)
     */
    private record Principal(String name, String token, Optional<Role> organisationRole,
            Optional<Role> workspaceRole, Set<String> keyScopes, boolean person, boolean service,
            boolean otherOrganisation) {
    }

    private static OperationalApi api;
    private static String ownerToken;
    private static String workspaceId;
    private static String orgTargetId;
    private static String workspaceTargetId;
    private static final List<Principal> PRINCIPALS = new ArrayList<>();
    private static final AtomicInteger FRESH = new AtomicInteger();

    @BeforeAll
    static void startAndMakeOnePersonPerRole(EmbeddedStack stack) throws Exception {
        api = OperationalApi.start(stack, "permission_matrix_it");
        var signUp = api.signUp("Matrix Org", "owner@matrix.example");
        workspaceId = signUp.get("workspace_id").asText();
        ownerToken = api.signIn("owner@matrix.example");
        PRINCIPALS.add(person("organisation owner", ownerToken, Role.OWNER, null));
        for (Role role : List.of(Role.ADMIN, Role.MEMBER, Role.VIEWER)) {
            String name = role.name().toLowerCase();
            PRINCIPALS.add(person("organisation " + name,
                    api.newPerson(ownerToken, null, name + "@matrix.example", name), role, null));
        }
        PRINCIPALS.add(person("workspace viewer",
                api.newPerson(ownerToken, workspaceId, "ws-viewer@matrix.example", "viewer"), null, Role.VIEWER));
        PRINCIPALS.add(person("workspace admin",
                api.newPerson(ownerToken, workspaceId, "ws-admin@matrix.example", "admin"), null, Role.ADMIN));
        PRINCIPALS.add(new Principal("internal service", "test-service-token", Optional.empty(), Optional.empty(),
                Set.of(), false, true, false));
        PRINCIPALS.add(key("API key with scope admin", "admin"));
        PRINCIPALS.add(key("API key with scope events:write", "events:write"));
        PRINCIPALS.add(key("API key with scope analytics:read", "analytics:read"));
        api.signUp("Other Org", "owner@other.example");
        PRINCIPALS.add(new Principal("owner of another organisation", api.signIn("owner@other.example"),
                Optional.of(Role.OWNER), Optional.empty(), Set.of(), true, false, true));

        orgTargetId = OperationalApi.json(api.call("GET", "/v1/me",
                api.newPerson(ownerToken, null, "org-target@matrix.example", "member"), null)).get("user_id").asText();
        workspaceTargetId = OperationalApi.json(api.call("GET", "/v1/me",
                api.newPerson(ownerToken, workspaceId, "ws-target@matrix.example", "member"), null))
                .get("user_id").asText();
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.stop();
        }
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() {
        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        for (PermissionMatrix.Endpoint endpoint : PermissionMatrix.ENDPOINTS) {
            for (Principal principal : PRINCIPALS) {
                String path = fill(endpoint.path());
                String body = endpoint.body() == null ? null : fill(endpoint.body());
                HttpResponse<String> response = api.call(endpoint.method(), path, principal.token(), body);
                calls++;
                int status = response.statusCode();
                String expected = expected(principal, endpoint);
                boolean matches = switch (expected) {
                    case "2xx" -> status >= 200 && status < 300;
                    case "403 or 404" -> status == 403 || status == 404;
                    default -> status == Integer.parseInt(expected);
                };
                if (!matches) {
                    mismatches.add(endpoint.method() + " " + endpoint.path() + " as " + principal.name() + ": "
                            + status + ", expected " + expected + " (" + response.body() + ")");
                }
            }
        }

        assertThat(calls).isEqualTo(PermissionMatrix.ENDPOINTS.size() * PRINCIPALS.size());
        assertThat(mismatches).isEmpty();
    }

    @Test
    void requestsWithoutAValidTokenAre401() {
        for (PermissionMatrix.Endpoint endpoint : PermissionMatrix.ENDPOINTS) {
            String path = endpoint.path().replace("{", "x").replace("}", "x");
            assertThat(api.call(endpoint.method(), path, null, endpoint.body()).statusCode())
                    .as(endpoint.method() + " " + endpoint.path() + " without a token").isEqualTo(401);
            assertThat(api.call(endpoint.method(), path, "pms_not-a-session", endpoint.body()).statusCode())
                    .as(endpoint.method() + " " + endpoint.path() + " with an unknown session token").isEqualTo(401);
        }
    }

    private static String expected(Principal principal, PermissionMatrix.Endpoint endpoint) {
        if (principal.otherOrganisation() && endpoint.path().contains("{")) {
            return "404";
        }
        boolean allowed = allowedByTheMatrix(principal, endpoint);
        if (allowed) {
            return "2xx";
        }
        // A service is bound to no organisation: ids of one are not found for it, or it is refused; never served.
        return principal.service() ? "403 or 404" : "403";
    }

    /** The documented matrix: a permission is held by its least role and every higher one (ACCESS.md). */
    private static boolean allowedByTheMatrix(Principal principal, PermissionMatrix.Endpoint endpoint) {
        if (endpoint.scope() == PermissionMatrix.Scope.PERSON) {
            return principal.person();
        }
        Permission permission = endpoint.permission();
        if (principal.service()) {
            return permission == Permission.INTERNAL_READ;
        }
        Role least = permission.minimumRole();
        if (least == null) {
            return false;
        }
        if (!principal.keyScopes().isEmpty()) {
            return principal.keyScopes().contains("admin") && Role.ADMIN.compareTo(least) >= 0
                    || principal.keyScopes().contains("events:write") && permission == Permission.SUPPRESSIONS_CHECK;
        }
        if (principal.organisationRole().map(role -> role.compareTo(least) >= 0).orElse(false)) {
            return true;
        }
        return endpoint.scope() == PermissionMatrix.Scope.WORKSPACE
                && principal.workspaceRole().map(role -> role.compareTo(least) >= 0).orElse(false);
    }

    private static String fill(String template) {
        String filled = template
                .replace("{workspace}", workspaceId)
                .replace("{org_target}", orgTargetId)
                .replace("{ws_target}", workspaceTargetId);
        int n = FRESH.incrementAndGet();
        filled = filled.replace("{email}", "fresh" + n + "@matrix.example").replace("{name}", "Workspace " + n);
        if (filled.contains("{fresh_workspace}")) {
            String id = OperationalApi.json(OperationalApi.require(api.call("POST", "/v1/workspaces", ownerToken,
                    Map.of("name", "Disposable " + n)), 201)).get("id").asText();
            filled = filled.replace("{fresh_workspace}", id);
        }
        if (filled.contains("{fresh_org_member}")) {
            filled = filled.replace("{fresh_org_member}", freshPerson(null, n));
        }
        if (filled.contains("{fresh_ws_member}")) {
            filled = filled.replace("{fresh_ws_member}", freshPerson(workspaceId, n));
        }
        return filled;
    }

    private static String freshPerson(String workspace, int n) {
        String path = workspace == null ? "/v1/organisation/invitations" : "/v1/workspaces/" + workspace
                + "/invitations";
        String invitation = OperationalApi.json(OperationalApi.require(api.call("POST", path, ownerToken,
                Map.of("email", "disposable" + n + "@matrix.example", "role", "viewer")), 201)).get("token").asText();
        return OperationalApi.json(OperationalApi.require(api.call("POST", "/v1/invitations/accept", null,
                Map.of("token", invitation, "password", OperationalApi.PASSWORD)), 200)).get("user_id").asText();
    }

    private static Principal key(String name, String scope) {
        String secret = OperationalApi.json(OperationalApi.require(api.call("POST", "/v1/api-keys", ownerToken,
                Map.of("name", name, "scopes", List.of(scope))), 201)).get("secret").asText();
        return new Principal(name, secret, Optional.empty(), Optional.empty(), Set.of(scope), false, false, false);
    }

    private static Principal person(String name, String token, Role organisationRole, Role workspaceRole) {
        return new Principal(name, token, Optional.ofNullable(organisationRole), Optional.ofNullable(workspaceRole),
                Set.of(), true, false, false);
    }
}
