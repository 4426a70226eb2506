package com.penguinmails.traffic;

import com.penguinmails.traffic.senders.Tenant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Deterministic, realistic cold-email traffic for several tenants: an endless stream of events in {@code occurred_at}
 * order, each with the ground truth of who made it.
 *
 * <pre>{@code
 * TrafficGenerator generator = new TrafficGenerator(TrafficSettings.defaults().withSeed(7));
 * generator.events().limit(1_000_000).forEach(e -> post(e.event().getTenantId(), e.event()));
 * }</pre>
 *
 * <p>Every call to {@link #events()} or {@link #iterator()} replays the same traffic from the start: same settings,
 * same events, same ids. The model is described in the module README. Instances are immutable; the iterators they
 * return are not thread-safe.
 */
public final class TrafficGenerator implements Iterable<GeneratedEvent> {

    private final TrafficSettings settings;
    private final List<Tenant> tenants;

    public TrafficGenerator(TrafficSettings settings) {
        this.settings = settings;
        List<Tenant> setups = new ArrayList<>();
        for (int i = 0; i < settings.tenantIds().size(); i++) {
            setups.add(Tenant.create(i, settings.tenantIds().get(i), settings.campaignsPerTenant(),
                    settings.sendingDomainsPerTenant(), settings.mailboxesPerDomain(), settings.ipsPerTenant()));
        }
        this.tenants = List.copyOf(setups);
    }

    /** The settings this generator was built with. */
    public TrafficSettings settings() {
        return settings;
    }

    /** The tenants' sending set-up (domains, mailboxes, IPs, campaigns), in the order of the settings' tenant ids. */
    public List<Tenant> tenants() {
        return tenants;
    }

    /** A fresh, endless iterator over the traffic from the start. */
    @Override
    public Iterator<GeneratedEvent> iterator() {
        return new TrafficSimulation(settings, tenants);
    }

    /** A fresh, lazy, endless, ordered stream of the traffic from the start; bound it with limit or takeWhile. */
    public Stream<GeneratedEvent> events() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }
}
