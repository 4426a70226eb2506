package com.penguinmails.operational.billing;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads organisations' subscriptions, kept in step with Stripe by the billing feature. */
public interface BillingAccounts {

    /** The organisation's current subscription, or empty when it has none. */
    Optional<BillingAccount> find(Handle handle, String tenantId);

    /** Every organisation with a subscription that is not canceled, for periodic usage reporting. */
    List<BillingAccount> active(Handle handle);
}
