package com.penguinmails.operational.domains;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.operational.dns.DnsFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code domains} configuration section: the platform hosts customers' records point at, and the DNS resolvers
 * records are checked with. See DOMAINS.md.
 */
public class DomainsFactory {

    @NotNull
    private String spfInclude = "_spf.penguinmails.io";

    @NotNull
    private List<String> sendingIps = new ArrayList<>();

    @NotBlank
    private String dmarcReportAddress = "dmarc-reports@penguinmails.io";

    @NotBlank
    private String bounceMxHost = "mx.penguinmails.io";

    @Min(0)
    @Max(65535)
    private int bounceMxPriority = 10;

    @NotBlank
    private String trackingHost = "track.penguinmails.io";

    @NotBlank
    private String bounceSubdomain = "bounces";

    @Min(60)
    private int recordTtl = 3600;

    @Valid
    @NotNull
    private DnsFactory dns = new DnsFactory();

    @JsonProperty
    public String getSpfInclude() {
        return spfInclude;
    }

    @JsonProperty
    public void setSpfInclude(String spfInclude) {
        this.spfInclude = spfInclude;
    }

    @JsonProperty
    public List<String> getSendingIps() {
        return sendingIps;
    }

    @JsonProperty
    public void setSendingIps(List<String> sendingIps) {
        this.sendingIps = sendingIps;
    }

    @JsonProperty
    public String getDmarcReportAddress() {
        return dmarcReportAddress;
    }

    @JsonProperty
    public void setDmarcReportAddress(String dmarcReportAddress) {
        this.dmarcReportAddress = dmarcReportAddress;
    }

    @JsonProperty
    public String getBounceMxHost() {
        return bounceMxHost;
    }

    @JsonProperty
    public void setBounceMxHost(String bounceMxHost) {
        this.bounceMxHost = bounceMxHost;
    }

    @JsonProperty
    public int getBounceMxPriority() {
        return bounceMxPriority;
    }

    @JsonProperty
    public void setBounceMxPriority(int bounceMxPriority) {
        this.bounceMxPriority = bounceMxPriority;
    }

    @JsonProperty
    public String getTrackingHost() {
        return trackingHost;
    }

    @JsonProperty
    public void setTrackingHost(String trackingHost) {
        this.trackingHost = trackingHost;
    }

    @JsonProperty
    public String getBounceSubdomain() {
        return bounceSubdomain;
    }

    @JsonProperty
    public void setBounceSubdomain(String bounceSubdomain) {
        this.bounceSubdomain = bounceSubdomain;
    }

    @JsonProperty
    public int getRecordTtl() {
        return recordTtl;
    }

    @JsonProperty
    public void setRecordTtl(int recordTtl) {
        this.recordTtl = recordTtl;
    }

    @JsonProperty
    public DnsFactory getDns() {
        return dns;
    }

    @JsonProperty
    public void setDns(DnsFactory dns) {
        this.dns = dns;
    }

    /** The platform's DNS as customers' records reference it (host names lower case, no trailing dot). */
    public PlatformDns buildPlatformDns() {
        return new PlatformDns(host(spfInclude), sendingIps, dmarcReportAddress, host(bounceMxHost), bounceMxPriority,
                host(trackingHost), bounceSubdomain, recordTtl);
    }

    private static String host(String name) {
        String host = name.strip().toLowerCase(java.util.Locale.ROOT);
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }
}
