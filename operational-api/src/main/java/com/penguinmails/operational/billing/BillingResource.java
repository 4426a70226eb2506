package com.penguinmails.operational.billing;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import io.dropwizard.auth.Auth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/billing}: the plan catalogue, the organisation's subscription (create, preview and change the plan,
 * cancel) and its invoices. Reading needs {@link Permission#BILLING_READ}, changing {@link Permission#BILLING_MANAGE}
 * (the organisation's owners), both organisation-wide.
 */
@Path("/v1/billing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class BillingResource {

    private final Plans plans;
    private final Subscriptions subscriptions;
    private final Invoices invoices;

    public BillingResource(Plans plans, Subscriptions subscriptions, Invoices invoices) {
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.invoices = invoices;
    }

    @GET
    @Path("/plans")
    public Map<String, List<PlanView>> plans(@Auth Caller caller) {
        AccessGuard.require(caller, Permission.BILLING_READ);
        return Map.of("plans", plans.all().stream().map(PlanView::of).toList());
    }

    @GET
    @Path("/subscription")
    public SubscriptionView subscription(@Auth Caller caller) {
        AccessGuard.require(caller, Permission.BILLING_READ);
        return subscriptions.current(caller)
                .orElseThrow(() -> new NotFoundException("the organisation has no subscription"));
    }

    @POST
    @Path("/subscription")
    public Response subscribe(@Auth Caller caller, @NotNull @Valid SubscribeRequest request) {
        AccessGuard.require(caller, Permission.BILLING_MANAGE);
        return Response.status(Response.Status.CREATED).entity(subscriptions.subscribe(caller, request)).build();
    }

    @POST
    @Path("/subscription/preview")
    public ProrationPreview preview(@Auth Caller caller, @NotNull @Valid ChangePlanRequest request) {
        AccessGuard.require(caller, Permission.BILLING_MANAGE);
        return subscriptions.preview(caller, request);
    }

    @POST
    @Path("/subscription/change")
    public SubscriptionView change(@Auth Caller caller, @NotNull @Valid ChangePlanRequest request) {
        AccessGuard.require(caller, Permission.BILLING_MANAGE);
        return subscriptions.changePlan(caller, request);
    }

    @POST
    @Path("/subscription/cancel")
    public SubscriptionView cancel(@Auth Caller caller, @NotNull @Valid CancelRequest request) {
        AccessGuard.require(caller, Permission.BILLING_MANAGE);
        return subscriptions.cancel(caller, request);
    }

    @GET
    @Path("/invoices")
    public Map<String, List<InvoiceView>> invoices(@Auth Caller caller,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        AccessGuard.require(caller, Permission.BILLING_READ);
        return Map.of("invoices", invoices.list(caller, limit));
    }

    @POST
    @Path("/invoices/{invoiceId}/pay")
    public InvoiceView pay(@Auth Caller caller, @PathParam("invoiceId") String invoiceId) {
        AccessGuard.require(caller, Permission.BILLING_MANAGE);
        return invoices.pay(caller, invoiceId);
    }
}
