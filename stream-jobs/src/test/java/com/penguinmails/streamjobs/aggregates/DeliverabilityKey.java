package com.penguinmails.streamjobs.aggregates;

/** The dimensions of one row of a deliverability table; {@code bucket} in epoch seconds. */
record DeliverabilityKey(long bucket, String mailboxProvider, String sendingDomain, String sendingIp, String mailbox,
        String campaignId, String variant, int sequenceStep, String bounceReason) {
}
