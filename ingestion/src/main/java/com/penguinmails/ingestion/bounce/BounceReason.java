package com.penguinmails.ingestion.bounce;

import java.util.Locale;

/** Why a recipient bounced, finer than hard/soft/block. {@link #code()} is the value stored in events.bounce.reason. */
public enum BounceReason {
    /** The mailbox does not exist (5.1.1, "user unknown", "no such user"). */
    USER_UNKNOWN,
    /** The mailbox exists but is disabled, suspended or inactive (5.2.1). */
    MAILBOX_DISABLED,
    /** The recipient domain does not exist or has no mail server (5.1.2, 5.4.4). */
    HOST_UNKNOWN,
    /** The mailbox is over quota (4.2.2 / 5.2.2). */
    MAILBOX_FULL,
    /** The message is larger than the receiver accepts (5.2.3, 5.3.4). */
    MESSAGE_TOO_BIG,
    /** The sending IP or domain is on a blocklist (Spamhaus, Barracuda, SpamCop...). */
    BLOCKLISTED,
    /** The receiver's filter judged the message to be spam. */
    SPAM_DETECTED,
    /** Refused by a local policy not covered by a finer reason (5.7.1 without more detail). */
    POLICY,
    /** SPF, DKIM or DMARC failed (5.7.23-5.7.27, 5.7.7...). */
    AUTHENTICATION_FAILURE,
    /** The sending IP has no or a mismatching reverse DNS (PTR) record (5.7.25). */
    REVERSE_DNS,
    /** Too many messages or connections: throttled (4.7.28, 4.7.0 with rate text, 421/450 rate limits). */
    RATE_LIMITED,
    /** The sending server gave up after retrying for too long (4.4.7 / 5.4.7). */
    EXPIRED,
    /** The message carried a virus or malware. */
    VIRUS,
    /** The content was refused (attachment type, URL, encoding, 5.6.x media errors). */
    CONTENT,
    /** The receiver refused to relay for the sender (5.7.1 "relay access denied"). */
    RELAY_DENIED,
    /** A mail loop was detected (5.4.6, too many hops). */
    ROUTING_LOOP,
    /** An error of the receiving or sending system (4.3.x / 5.3.x). */
    SYSTEM_ERROR,
    /** A network or connection error (4.4.1, 4.4.2, timeouts). */
    NETWORK_ERROR,
    /** Nothing matched. */
    UNKNOWN;

    /** The lower_snake form of this reason, as stored in events. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
