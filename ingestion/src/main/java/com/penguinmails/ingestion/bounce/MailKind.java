package com.penguinmails.ingestion.bounce;

/** What an inbound message is, as far as the sender of the original message is concerned. */
public enum MailKind {
    /** A delivery status notification in which at least one recipient failed permanently or was refused. */
    BOUNCE,
    /** A warning notification: delivery is delayed and still being retried; nothing failed yet. */
    DELAY,
    /** An abuse/feedback report (ARF, RFC 5965) saying a recipient complained about the message. */
    COMPLAINT,
    /** An automatic reply (RFC 3834 Auto-Submitted, out-of-office, vacation responder...). */
    AUTO_REPLY,
    /** A reply written by a person. */
    REPLY,
    /** Anything else, such as a delivery receipt or an unrelated message. */
    OTHER
}
