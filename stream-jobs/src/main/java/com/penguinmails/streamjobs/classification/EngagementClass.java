package com.penguinmails.streamjobs.classification;

import java.util.Locale;

/** Who or what made the request behind an open or click, as the classifier judges it. */
public enum EngagementClass {
    /** A person, in a mail client or browser. */
    HUMAN,
    /** Apple Mail Privacy Protection prefetching the message; says nothing about whether anyone read it. */
    APPLE_MPP,
    /** A webmail image proxy (Gmail, Yahoo) fetching the pixel when the person opens: a real open without location. */
    IMAGE_PROXY,
    /** A mail security gateway checking links or images (Defender Safe Links, Mimecast, Proofpoint, Barracuda...). */
    SECURITY_SCANNER,
    /** A crawler, link previewer, script, or the sender's own infrastructure. */
    BOT,
    /** Too little or too contradictory evidence to say. */
    UNKNOWN;

    /** The lower-case name used in data files and stored rows, e.g. {@code security_scanner}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The class named {@code code} (case-insensitive, e.g. {@code apple_mpp}).
     *
     * @throws IllegalArgumentException if no class has that name
     */
    public static EngagementClass fromCode(String code) {
        for (EngagementClass value : values()) {
            if (value.code().equalsIgnoreCase(code.trim())) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown engagement class '" + code + "'");
    }
}
