package com.penguinmails.streamjobs.enrichment;

import com.penguinmails.streamjobs.classification.EngagementClassifier;
import java.io.Serializable;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The settings of the enrichment operators: how long per-message and per-contact state lives, the classifier's
 * windows, and what is configured per tenant.
 *
 * @param messageStateTtl how long a message's facts (send, delivery, recent clicks, unique flags) are kept after its
 *     last event; keep it longer than the latest open you want classified with its delivery (default 45 days)
 * @param contactStateTtl how long a contact's first-human-open/click flags are kept after they are set; after it a
 *     contact's next human open counts as unique again
 * @param defaultTimezone IANA zone of recipients when neither the send nor the tenant names one
 * @param tenants per-tenant time zone and sending addresses, by tenant id
 * @param scanWindow a click or open this soon after delivery is taken for a gateway's scan
 * @param burstWindow clicks on one message this close together are taken for a gateway fetching every link
 */
public record EnrichmentSettings(
        Duration messageStateTtl,
        Duration contactStateTtl,
        String defaultTimezone,
        Map<String, TenantProfile> tenants,
        Duration scanWindow,
        Duration burstWindow) implements Serializable {

    /** Default: 45 days of message state, so opens weeks after a send still find its delivery. */
    public static final Duration DEFAULT_MESSAGE_STATE_TTL = Duration.ofDays(45);
    /** Default: a contact's unique open/click is remembered for 180 days. */
    public static final Duration DEFAULT_CONTACT_STATE_TTL = Duration.ofDays(180);

    /**
     * @throws IllegalArgumentException if a TTL is not positive or a window negative
     * @throws java.time.DateTimeException if the default zone is not a valid zone id
     */
    public EnrichmentSettings {
        requirePositive("messageStateTtl", messageStateTtl);
        requirePositive("contactStateTtl", contactStateTtl);
        ZoneId.of(Objects.requireNonNull(defaultTimezone, "defaultTimezone"));
        tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
        if (scanWindow.isNegative() || burstWindow.isNegative()) {
            throw new IllegalArgumentException("classification windows must not be negative");
        }
    }

    /** Default TTLs and windows, UTC, no tenant configured. */
    public static EnrichmentSettings defaults() {
        return new EnrichmentSettings(DEFAULT_MESSAGE_STATE_TTL, DEFAULT_CONTACT_STATE_TTL, "UTC", Map.of(),
                EngagementClassifier.DEFAULT_SCAN_WINDOW, EngagementClassifier.DEFAULT_BURST_WINDOW);
    }

    /** A copy with {@code tenants} as the per-tenant settings. */
    public EnrichmentSettings withTenants(Map<String, TenantProfile> value) {
        return new EnrichmentSettings(messageStateTtl, contactStateTtl, defaultTimezone, value, scanWindow, burstWindow);
    }

    /** A copy with other state TTLs. */
    public EnrichmentSettings withStateTtls(Duration messageTtl, Duration contactTtl) {
        return new EnrichmentSettings(messageTtl, contactTtl, defaultTimezone, tenants, scanWindow, burstWindow);
    }

    /** The zone of a tenant's recipients when a send names none: the tenant's configured zone, else the default. */
    public String timezoneOf(String tenantId) {
        TenantProfile tenant = tenants.get(tenantId);
        return tenant != null && tenant.timezone() != null ? tenant.timezone() : defaultTimezone;
    }

    /** The tenant's configured sending addresses; empty if none. */
    public Set<String> sendingIpsOf(String tenantId) {
        TenantProfile tenant = tenants.get(tenantId);
        return tenant == null ? Set.of() : tenant.sendingIps();
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
