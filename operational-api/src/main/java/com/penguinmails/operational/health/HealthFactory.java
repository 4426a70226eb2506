package com.penguinmails.operational.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.operational.dns.DnsFactory;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code health} configuration section: the health worker's pace, check intervals, resolvers and blocklists. */
public class HealthFactory {

    private boolean enabled = true;

    @NotNull
    private Duration pollInterval = Duration.seconds(10);

    @Min(1)
    @Max(1000)
    private int batchSize = 20;

    @NotNull
    private Duration lease = Duration.minutes(10);

    @NotNull
    private Duration retention = Duration.days(90);

    @NotNull
    private Duration syncInterval = Duration.minutes(1);

    @NotNull
    private Duration purgeInterval = Duration.hours(1);

    @NotNull
    private Map<String, Duration> intervals = new LinkedHashMap<>(Map.of(
            "smtp", Duration.hours(1), "tls_certificate", Duration.hours(6), "reverse_dns", Duration.hours(6),
            "dnsbl_ip", Duration.hours(1), "dnsbl_domain", Duration.hours(1)));

    @NotNull
    private Duration smtpTimeout = Duration.seconds(10);

    @NotBlank
    private String heloName = "health.penguinmails.io";

    @NotBlank
    private String alertsTopic = "alerts";

    @Valid
    @NotNull
    private List<DnsblZone> dnsbl = new ArrayList<>(List.of(
            new DnsblZone("zen.spamhaus.org", DnsblZone.Lists.IP),
            new DnsblZone("bl.spamcop.net", DnsblZone.Lists.IP),
            new DnsblZone("b.barracudacentral.org", DnsblZone.Lists.IP),
            new DnsblZone("dbl.spamhaus.org", DnsblZone.Lists.DOMAIN),
            new DnsblZone("multi.surbl.org", DnsblZone.Lists.DOMAIN)));

    @Valid
    @NotNull
    private DnsFactory dns = new DnsFactory();

    /** Whether this instance runs the health worker (the endpoints are always served). */
    @JsonProperty
    public boolean isEnabled() {
        return enabled;
    }

    @JsonProperty
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @JsonProperty
    public Duration getPollInterval() {
        return pollInterval;
    }

    @JsonProperty
    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    @JsonProperty
    public int getBatchSize() {
        return batchSize;
    }

    @JsonProperty
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    @JsonProperty
    public Duration getLease() {
        return lease;
    }

    @JsonProperty
    public void setLease(Duration lease) {
        this.lease = lease;
    }

    @JsonProperty
    public Duration getRetention() {
        return retention;
    }

    @JsonProperty
    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    @JsonProperty
    public Duration getSyncInterval() {
        return syncInterval;
    }

    @JsonProperty
    public void setSyncInterval(Duration syncInterval) {
        this.syncInterval = syncInterval;
    }

    @JsonProperty
    public Duration getPurgeInterval() {
        return purgeInterval;
    }

    @JsonProperty
    public void setPurgeInterval(Duration purgeInterval) {
        this.purgeInterval = purgeInterval;
    }

    /** How often each check runs, by check name; kinds left out keep their default. */
    @JsonProperty
    public Map<String, Duration> getIntervals() {
        return intervals;
    }

    @JsonProperty
    public void setIntervals(Map<String, Duration> intervals) {
        this.intervals.putAll(intervals);
    }

    @JsonProperty
    public Duration getSmtpTimeout() {
        return smtpTimeout;
    }

    @JsonProperty
    public void setSmtpTimeout(Duration smtpTimeout) {
        this.smtpTimeout = smtpTimeout;
    }

    @JsonProperty
    public String getHeloName() {
        return heloName;
    }

    @JsonProperty
    public void setHeloName(String heloName) {
        this.heloName = heloName;
    }

    @JsonProperty
    public String getAlertsTopic() {
        return alertsTopic;
    }

    @JsonProperty
    public void setAlertsTopic(String alertsTopic) {
        this.alertsTopic = alertsTopic;
    }

    @JsonProperty
    public List<DnsblZone> getDnsbl() {
        return dnsbl;
    }

    @JsonProperty
    public void setDnsbl(List<DnsblZone> dnsbl) {
        this.dnsbl = dnsbl;
    }

    /** The resolvers PTR, forward and blocklist queries go to (the first answering one is used). */
    @JsonProperty
    public DnsFactory getDns() {
        return dns;
    }

    @JsonProperty
    public void setDns(DnsFactory dns) {
        this.dns = dns;
    }

    /** The interval of each kind; {@link IllegalArgumentException} for an unknown check name. */
    public Map<CheckKind, java.time.Duration> buildIntervals() {
        Map<CheckKind, java.time.Duration> byKind = new EnumMap<>(CheckKind.class);
        intervals.forEach((name, interval) -> byKind.put(CheckKind.fromWire(name), interval.toJavaDuration()));
        return byKind;
    }

    /** The worker's pace. */
    public HealthWorkerSettings buildSettings() {
        return new HealthWorkerSettings(batchSize, lease.toJavaDuration(), retention.toJavaDuration(),
                syncInterval.toJavaDuration(), purgeInterval.toJavaDuration());
    }
}
