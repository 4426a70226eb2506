package com.penguinmails.ingestion.tracking;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One link of a message as the sender API rewrote it.
 *
 * @param index 0-based position among the message's tracked links, in document order; recorded as link_index
 * @param url the original target
 * @param trackingUrl the signed click URL that replaced it
 */
public record TrackedLink(
        @JsonProperty("index") int index,
        @JsonProperty("url") String url,
        @JsonProperty("tracking_url") String trackingUrl) {
}
