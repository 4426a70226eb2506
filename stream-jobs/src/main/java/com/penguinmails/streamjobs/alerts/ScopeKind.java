package com.penguinmails.streamjobs.alerts;

import com.penguinmails.events.v1.Event;
import java.util.Locale;
import java.util.Optional;

/** What an alert rule or a health snapshot is about: the dimension its traffic is grouped by. */
public enum ScopeKind {
    /** All of a tenant's traffic; the scope value is the tenant id. */
    TENANT,
    /** One campaign. */
    CAMPAIGN,
    /** One sending domain. */
    SENDING_DOMAIN,
    /** One sender mailbox. */
    MAILBOX,
    /** One sending IP. */
    SENDING_IP,
    /** One recipients' mailbox provider (from the enrichment stage). */
    MAILBOX_PROVIDER;

    /** The name on the wire and in ClickHouse, e.g. {@code sending_domain}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind with this wire name.
     *
     * @throws IllegalArgumentException if there is none
     */
    public static ScopeKind fromWireName(String name) {
        for (ScopeKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown scope kind: " + name);
    }

    /** Whether health snapshots and auto-pause recommendations are made for scopes of this kind. */
    public boolean hasHealth() {
        return this == SENDING_DOMAIN || this == MAILBOX || this == SENDING_IP;
    }

    /** The event's scope value of this kind; empty when the event does not name one. */
    public Optional<String> valueOf(Event event) {
        String value = switch (this) {
            case TENANT -> event.getTenantId();
            case CAMPAIGN -> event.getCampaignId();
            case SENDING_DOMAIN -> event.getSendingDomain();
            case MAILBOX -> event.getMailbox();
            case SENDING_IP -> event.getSendingIp();
            case MAILBOX_PROVIDER -> event.getEnrichment() == null ? null : event.getEnrichment().getMailboxProvider();
        };
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
