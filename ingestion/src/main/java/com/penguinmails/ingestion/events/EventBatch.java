package com.penguinmails.ingestion.events;

import com.penguinmails.events.EventReadResult;
import com.penguinmails.events.v1.Event;
import java.util.ArrayList;
import java.util.List;

/** The items of one request body, sorted into valid events and rejections as they are read. */
public final class EventBatch {

    private final List<Event> accepted = new ArrayList<>();
    private final List<Integer> acceptedIndices = new ArrayList<>();
    private final List<Rejection> rejected = new ArrayList<>();

    void add(int index, EventReadResult result) {
        if (result.isValid()) {
            accepted.add(result.event());
            acceptedIndices.add(index);
        } else {
            rejected.add(new Rejection(index, result.errors()));
        }
    }

    /** The valid events, in body order. */
    public List<Event> accepted() {
        return accepted;
    }

    /** The body positions of {@link #accepted()}, in the same order. */
    public List<Integer> acceptedIndices() {
        return acceptedIndices;
    }

    /** The invalid items, in body order. */
    public List<Rejection> rejected() {
        return rejected;
    }

    /** How many items the body held. */
    public int size() {
        return accepted.size() + rejected.size();
    }
}
