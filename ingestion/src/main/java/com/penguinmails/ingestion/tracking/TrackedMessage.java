package com.penguinmails.ingestion.tracking;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Answer of {@code POST /v1/tracking/messages}: the message's HTML with tracking, the headers to send it with, and its
 * tracking URLs.
 *
 * @param headers {@code List-Unsubscribe} (the one-click URL in angle brackets) and {@code List-Unsubscribe-Post}
 */
public record TrackedMessage(
        @JsonProperty("html") String html,
        @JsonProperty("headers") Map<String, String> headers,
        @JsonProperty("links") List<TrackedLink> links,
        @JsonProperty("open_url") String openUrl,
        @JsonProperty("unsubscribe_url") String unsubscribeUrl) {
}
