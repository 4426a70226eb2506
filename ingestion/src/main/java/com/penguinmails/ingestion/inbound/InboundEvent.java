package com.penguinmails.ingestion.inbound;

import com.penguinmails.events.v1.Event;

/**
 * One event made from an inbound mail, with the address it is about (the event itself keeps only its domain).
 *
 * @param recipient the failed, delayed or complaining recipient, or the replier; null when the mail does not say
 */
public record InboundEvent(String recipient, Event event) {
}
