package com.penguinmails.operational.domains;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a DNS record is to be published for a sending domain. */
public enum RecordPurpose {
    /** SPF of the sending domain (the From: domain). */
    SPF,
    /** SPF of the bounce domain, which is the envelope sender (Return-Path) SPF is checked against. */
    BOUNCE_SPF,
    /** The DKIM public key of a selector. */
    DKIM,
    /** The DMARC policy of the sending domain. */
    DMARC,
    /** Routes bounces sent to the VERP bounce domain to the platform's inbound MX. */
    BOUNCE_MX,
    /** Points the custom tracking domain at the platform's tracking host. */
    TRACKING_CNAME;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
