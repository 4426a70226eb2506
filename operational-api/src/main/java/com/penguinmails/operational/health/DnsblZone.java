package com.penguinmails.operational.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One DNS blocklist zone and what it lists: {@code ip} zones are queried with the IP's reversed labels
 * ({@code 7.113.0.203.zen.spamhaus.org}), {@code domain} zones with the domain ({@code send.acme.io.dbl.spamhaus.org}).
 */
public class DnsblZone {

    /** What a zone lists. */
    public enum Lists { IP, DOMAIN }

    @NotBlank
    private String zone;

    @NotNull
    private Lists lists = Lists.IP;

    public DnsblZone() {
    }

    public DnsblZone(String zone, Lists lists) {
        this.zone = zone;
        this.lists = lists;
    }

    @JsonProperty
    public String getZone() {
        return zone;
    }

    @JsonProperty
    public void setZone(String zone) {
        this.zone = zone;
    }

    @JsonProperty
    public Lists getLists() {
        return lists;
    }

    @JsonProperty
    public void setLists(Lists lists) {
        this.lists = lists;
    }
}
