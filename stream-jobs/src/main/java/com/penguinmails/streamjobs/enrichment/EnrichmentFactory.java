package com.penguinmails.streamjobs.enrichment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.streamjobs.classification.ClassificationFactory;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Configuration of the enrichment stage ({@code enrichment} in {@code stream-jobs.yml}): state TTLs, the default time
 * zone, per-tenant time zones and sending IPs, and the classifier's windows; {@link #build()} makes the
 * {@link EnrichmentSettings} the operators take.
 */
public class EnrichmentFactory {

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MINUTES)
    private Duration messageStateTtl = Duration.days(EnrichmentSettings.DEFAULT_MESSAGE_STATE_TTL.toDays());

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MINUTES)
    private Duration contactStateTtl = Duration.days(EnrichmentSettings.DEFAULT_CONTACT_STATE_TTL.toDays());

    @NotBlank
    private String defaultTimezone = "UTC";

    @NotNull
    private Map<String, TenantProfile> tenants = new HashMap<>();

    @Valid
    @NotNull
    private ClassificationFactory classification = new ClassificationFactory();

    /**
     * The settings for the operators.
     *
     * @throws java.time.DateTimeException if a time zone is not a valid IANA zone id
     */
    public EnrichmentSettings build() {
        return new EnrichmentSettings(messageStateTtl.toJavaDuration(), contactStateTtl.toJavaDuration(),
                defaultTimezone, tenants, classification.getScanWindow().toJavaDuration(),
                classification.getBurstWindow().toJavaDuration());
    }

    /** How long a message's facts are kept after its last event (default 45 days). */
    @JsonProperty
    public Duration getMessageStateTtl() {
        return messageStateTtl;
    }

    @JsonProperty
    public void setMessageStateTtl(Duration messageStateTtl) {
        this.messageStateTtl = messageStateTtl;
    }

    /** How long a contact's unique open/click flags are kept (default 180 days). */
    @JsonProperty
    public Duration getContactStateTtl() {
        return contactStateTtl;
    }

    @JsonProperty
    public void setContactStateTtl(Duration contactStateTtl) {
        this.contactStateTtl = contactStateTtl;
    }

    /** IANA zone of recipients when neither the send nor the tenant names one (default UTC). */
    @JsonProperty
    public String getDefaultTimezone() {
        return defaultTimezone;
    }

    @JsonProperty
    public void setDefaultTimezone(String defaultTimezone) {
        this.defaultTimezone = defaultTimezone;
    }

    /** Per-tenant time zone and sending IPs, by tenant id. */
    @JsonProperty
    public Map<String, TenantProfile> getTenants() {
        return tenants;
    }

    @JsonProperty
    public void setTenants(Map<String, TenantProfile> tenants) {
        this.tenants = tenants;
    }

    /** The classifier's time windows. */
    @JsonProperty
    public ClassificationFactory getClassification() {
        return classification;
    }

    @JsonProperty
    public void setClassification(ClassificationFactory classification) {
        this.classification = classification;
    }
}
