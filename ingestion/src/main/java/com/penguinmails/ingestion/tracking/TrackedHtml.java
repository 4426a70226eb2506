package com.penguinmails.ingestion.tracking;

import java.util.List;

/**
 * A message body with tracking added.
 *
 * @param html the rewritten HTML
 * @param links the tracked links in document order
 */
public record TrackedHtml(String html, List<TrackedLink> links) {

    public TrackedHtml {
        links = List.copyOf(links);
    }
}
