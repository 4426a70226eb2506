package com.penguinmails.operational.access;

import java.util.List;

/**
 * Every endpoint the matrix walk ({@code PermissionMatrixIT}) calls, with what it requires. Other parts of the service
 * append their rows to {@link #ENDPOINTS}.
 *
 * <p>Placeholders in paths and bodies, filled in by the walk for each call: {@code {workspace}} (the organisation's
 * default workspace), {@code {fresh_workspace}} (a new workspace made by the owner for this call),
 * {@code {org_target}} / {@code {ws_target}} (a person with an organisation-wide / default-workspace {@code member}
 * role), {@code {fresh_org_member}} / {@code {fresh_ws_member}} (a new person with a {@code viewer} role made for this
 * call), {@code {email}} (an address nobody has), {@code {name}} (a name no workspace has).
 */
public final class PermissionMatrix {

    /** Who may call an endpoint. */
    public enum Scope {
        /** The permission organisation-wide. */
        ORGANISATION,
        /** The permission in the default workspace {@code {workspace}} (organisation-wide roles hold it too). */
        WORKSPACE,
        /** Any signed-in person, about themself; API keys and services get 403. */
        PERSON
    }

    /**
     * One endpoint.
     *
     * @param body the JSON body, or null
     * @param permission what it requires (ignored for {@link Scope#PERSON})
     */
    public record Endpoint(String method, String path, String body, Permission permission, Scope scope) {
    }

    /** The rows: method, path, body, permission, scope. */
    public static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/v1/me", null, null, Scope.PERSON),
            new Endpoint("GET", "/v1/me/login-activity", null, null, Scope.PERSON),
            new Endpoint("GET", "/v1/sessions", null, null, Scope.PERSON),
            new Endpoint("POST", "/v1/me/totp", null, null, Scope.PERSON),
            new Endpoint("GET", "/v1/organisation", null, Permission.ORGANISATION_READ, Scope.ORGANISATION),
            new Endpoint("PATCH", "/v1/organisation", "{\"name\":\"Walked Org\"}", Permission.ORGANISATION_MANAGE,
                    Scope.ORGANISATION),
            new Endpoint("GET", "/v1/organisation/members", null, Permission.MEMBERS_READ, Scope.ORGANISATION),
            new Endpoint("PATCH", "/v1/organisation/members/{org_target}", "{\"role\":\"member\"}",
                    Permission.MEMBERS_MANAGE, Scope.ORGANISATION),
            new Endpoint("DELETE", "/v1/organisation/members/{fresh_org_member}", null, Permission.MEMBERS_MANAGE,
                    Scope.ORGANISATION),
            new Endpoint("GET", "/v1/organisation/invitations", null, Permission.MEMBERS_READ, Scope.ORGANISATION),
            new Endpoint("POST", "/v1/organisation/invitations", "{\"email\":\"{email}\",\"role\":\"viewer\"}",
                    Permission.MEMBERS_MANAGE, Scope.ORGANISATION),
            new Endpoint("GET", "/v1/workspaces", null, Permission.WORKSPACES_READ, Scope.WORKSPACE),
            new Endpoint("POST", "/v1/workspaces", "{\"name\":\"{name}\"}", Permission.WORKSPACES_MANAGE,
                    Scope.ORGANISATION),
            new Endpoint("GET", "/v1/workspaces/{workspace}", null, Permission.WORKSPACES_READ, Scope.WORKSPACE),
            new Endpoint("PATCH", "/v1/workspaces/{workspace}", "{\"name\":\"Default\"}",
                    Permission.WORKSPACES_MANAGE, Scope.WORKSPACE),
            new Endpoint("DELETE", "/v1/workspaces/{fresh_workspace}", null, Permission.WORKSPACES_MANAGE,
                    Scope.ORGANISATION),
            new Endpoint("GET", "/v1/workspaces/{workspace}/members", null, Permission.MEMBERS_READ, Scope.WORKSPACE),
            new Endpoint("PATCH", "/v1/workspaces/{workspace}/members/{ws_target}", "{\"role\":\"member\"}",
                    Permission.MEMBERS_MANAGE, Scope.WORKSPACE),
            new Endpoint("DELETE", "/v1/workspaces/{workspace}/members/{fresh_ws_member}", null,
                    Permission.MEMBERS_MANAGE, Scope.WORKSPACE),
            new Endpoint("GET", "/v1/workspaces/{workspace}/invitations", null, Permission.MEMBERS_READ,
                    Scope.WORKSPACE),
            new Endpoint("POST", "/v1/workspaces/{workspace}/invitations",
                    "{\"email\":\"{email}\",\"role\":\"viewer\"}", Permission.MEMBERS_MANAGE, Scope.WORKSPACE),
            new Endpoint("GET", "/v1/workspaces/{workspace}/health", null, Permission.INFRASTRUCTURE_READ,
                    Scope.WORKSPACE),
            new Endpoint("GET", "/v1/workspaces/{workspace}/health/history", null, Permission.INFRASTRUCTURE_READ,
                    Scope.WORKSPACE),
            new Endpoint("GET", "/v1/workspaces/{workspace}/warmup/schedules", null, Permission.INFRASTRUCTURE_READ,
                    Scope.WORKSPACE),
            new Endpoint("GET", "/v1/workspaces/{workspace}/warmup/limits", null, Permission.INFRASTRUCTURE_READ,
                    Scope.WORKSPACE),
            new Endpoint("GET", "/internal/v1/warmup/limits?tenant_id=t-matrix", null, Permission.INTERNAL_READ,
                    Scope.ORGANISATION),
            new Endpoint("GET", "/v1/workspaces/{workspace}/servers", null, Permission.INFRASTRUCTURE_READ,
                    Scope.WORKSPACE),
            new Endpoint("POST", "/v1/workspaces/{workspace}/servers", "{\"region\":\"us-east\",\"plan\":\"vps-2gb\"}",
                    Permission.INFRASTRUCTURE_MANAGE, Scope.WORKSPACE),
            new Endpoint("GET", "/v1/workspaces/{workspace}/infrastructure/costs", null,
                    Permission.INFRASTRUCTURE_READ, Scope.WORKSPACE),
            new Endpoint("GET", "/v1/workspaces/{workspace}/mailboxes", null, Permission.INFRASTRUCTURE_READ,
                    Scope.WORKSPACE),
            new Endpoint("GET", "/v1/billing/plans", null, Permission.BILLING_READ, Scope.ORGANISATION),
            new Endpoint("GET", "/v1/billing/invoices", null, Permission.BILLING_READ, Scope.ORGANISATION),
            new Endpoint("GET", "/v1/sending-holds", null, Permission.BILLING_READ, Scope.ORGANISATION),
            new Endpoint("GET", "/internal/v1/sending-holds", null, Permission.INTERNAL_READ, Scope.ORGANISATION),
            new Endpoint("GET", "/v1/budgets", null, Permission.BILLING_READ, Scope.ORGANISATION));

    private PermissionMatrix() {
    }
}
