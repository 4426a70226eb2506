package com.penguinmails.ingestion.events;

import com.penguinmails.events.v1.Event;
import java.util.List;

/** Stores accepted events durably; ingestion answers a request only after its events are stored. */
public interface EventPublisher {

    /**
     * Stores every event and returns once all of them are durably acknowledged.
     *
     * @throws PublishFailedException if any event could not be stored within the configured time; some of the events may
     *     have been stored regardless, which is safe because {@code event_id} deduplicates a retried request downstream
     */
    void publish(List<Event> events) throws PublishFailedException;
}
