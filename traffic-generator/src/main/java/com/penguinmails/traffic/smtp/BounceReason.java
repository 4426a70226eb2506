package com.penguinmails.traffic.smtp;

import com.penguinmails.events.v1.BounceType;
import java.util.Locale;

/** Why a message bounced, with the bounce type it belongs to; {@link #code()} is what events carry as the reason. */
public enum BounceReason {
    USER_UNKNOWN(BounceType.hard),
    HOST_UNKNOWN(BounceType.hard),
    MAILBOX_DISABLED(BounceType.hard),
    BLOCKED(BounceType.block),
    SPAM_DETECTED(BounceType.block),
    POLICY(BounceType.block),
    AUTHENTICATION_FAILURE(BounceType.block),
    MAILBOX_FULL(BounceType.soft),
    RATE_LIMITED(BounceType.soft),
    SERVER_UNAVAILABLE(BounceType.soft);

    private final BounceType type;
    private final String code;

    BounceReason(BounceType type) {
        this.type = type;
        this.code = name().toLowerCase(Locale.ROOT);
    }

    /** hard, soft or block. */
    public BounceType type() {
        return type;
    }

    /** The reason as events carry it, e.g. {@code user_unknown}. */
    public String code() {
        return code;
    }

    /** Whether the bounce comes only after the message was deferred for a while, rather than at the first attempt. */
    public boolean afterDeferrals() {
        return this == RATE_LIMITED || this == SERVER_UNAVAILABLE;
    }
}
