package com.penguinmails.ingestion.tracking;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * One tenant's tracking configuration: its key ids (see {@link TenantKeyIds}) and its custom tracking domains. Until the
 * operational API owns them, they come from the service's YAML.
 */
public class TrackingTenantFactory {

    @NotBlank
    private String tenantId;

    @NotNull
    @Pattern(regexp = "[A-Za-z0-9_-]{1,16}")
    private String activeKeyId = "k1";

    @NotNull
    private List<@Pattern(regexp = "[A-Za-z0-9_-]{1,16}") String> retiredKeyIds = new ArrayList<>();

    @NotNull
    private List<@NotBlank String> domains = new ArrayList<>();

    @JsonProperty
    public String getTenantId() {
        return tenantId;
    }

    @JsonProperty
    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    /** The key id new links are signed with (default {@code k1}). */
    @JsonProperty
    public String getActiveKeyId() {
        return activeKeyId;
    }

    @JsonProperty
    public void setActiveKeyId(String activeKeyId) {
        this.activeKeyId = activeKeyId;
    }

    /** Key ids of earlier rotations whose links still work. */
    @JsonProperty
    public List<String> getRetiredKeyIds() {
        return retiredKeyIds;
    }

    @JsonProperty
    public void setRetiredKeyIds(List<String> retiredKeyIds) {
        this.retiredKeyIds = retiredKeyIds;
    }

    /**
     * Host names (no scheme, no port) of the tenant's own tracking domains, e.g. {@code track.acme.io}; the first one is
     * used in the links the sender API builds. Empty: the tenant's links use the shared {@code tracking.baseUrl}.
     */
    @JsonProperty
    public List<String> getDomains() {
        return domains;
    }

    @JsonProperty
    public void setDomains(List<String> domains) {
        this.domains = domains;
    }

    TenantKeyIds keyIds() {
        return new TenantKeyIds(tenantId, activeKeyId, new LinkedHashSet<>(retiredKeyIds));
    }

    List<String> normalizedDomains() {
        return domains.stream().map(domain -> domain.trim().toLowerCase(Locale.ROOT)).toList();
    }
}
