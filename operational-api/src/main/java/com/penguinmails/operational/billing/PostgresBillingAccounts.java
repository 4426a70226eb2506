package com.penguinmails.operational.billing;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads organisations' subscriptions from billing's tables. The plan terms are those the subscription was sold on
 * (copied at subscription and plan change), so they do not move when the catalogue's prices change.
 */
public final class PostgresBillingAccounts implements BillingAccounts {

    private final BillingDao dao = new BillingDao();

    /** The live subscription, or else the most recent one (canceled), or empty when the organisation never had one. */
    @Override
    public Optional<BillingAccount> find(Handle handle, String tenantId) {
        return dao.latest(handle, tenantId).map(StoredSubscription::account);
    }

    @Override
    public List<BillingAccount> active(Handle handle) {
        return dao.live(handle).stream().map(StoredSubscription::account).toList();
    }
}
