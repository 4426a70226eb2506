package com.penguinmails.operational.privacy;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * GDPR/CCPA requests about one contact: {@code GET /v1/contacts/{contactId}/export},
 * {@code POST /v1/contacts/{contactId}/erase} and {@code GET /v1/erasures/{id}}.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public final class PrivacyResource {

    private final ContactPrivacy privacy;

    public PrivacyResource(ContactPrivacy privacy) {
        this.privacy = privacy;
    }

    @GET
    @Path("/contacts/{contactId}/export")
    public ContactExport export(@Auth Caller caller, @PathParam("contactId") String contactId) {
        AccessGuard.require(caller, Permission.PRIVACY_EXPORT);
        return privacy.export(caller, contactId);
    }

    /** Erases the contact now and answers with the request's final status ({@code completed} or {@code failed}). */
    @POST
    @Path("/contacts/{contactId}/erase")
    public Erasure erase(@Auth Caller caller, @PathParam("contactId") String contactId) {
        AccessGuard.require(caller, Permission.PRIVACY_ERASE);
        return privacy.erase(caller, contactId);
    }

    @GET
    @Path("/erasures/{id}")
    public Erasure erasure(@Auth Caller caller, @PathParam("id") String id) {
        AccessGuard.require(caller, Permission.PRIVACY_ERASE);
        return privacy.erasure(caller, id).orElseThrow(() -> new NotFoundException("no erasure " + id));
    }
}
