package com.penguinmails.ingestion.events;

import com.penguinmails.events.v1.Event;
import java.util.ArrayList;
import java.util.List;

/** An {@link EventPublisher} that keeps what it is given, or fails every publish while {@link #failing} is set. */
final class RecordingEventPublisher implements EventPublisher {

    private final List<Event> published = new ArrayList<>();
    private boolean failing;

    @Override
    public synchronized void publish(List<Event> events) throws PublishFailedException {
        if (failing) {
            throw new PublishFailedException("the store is down", null);
        }
        published.addAll(events);
    }

    synchronized List<Event> published() {
        return List.copyOf(published);
    }

    synchronized void failing(boolean failing) {
        this.failing = failing;
    }
}
