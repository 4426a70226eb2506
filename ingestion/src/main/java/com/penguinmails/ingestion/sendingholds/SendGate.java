package com.penguinmails.ingestion.sendingholds;

import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.ingestion.events.Rejection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Lets through the events of a request except {@code send} events that a {@link SendingHold} covers; every other type
 * (deliveries, bounces, opens, replies...) always passes, since it reports on mail already sent.
 */
public final class SendGate {

    private final SendingHolds holds;

    public SendGate(SendingHolds holds) {
        this.holds = holds;
    }

    /**
     * Sorts valid events into passed and held.
     *
     * @param events the valid events of one request, in body order
     * @param indices their positions in the body, in the same order
     */
    public Gated apply(List<Event> events, List<Integer> indices) {
        List<Event> passed = new ArrayList<>(events.size());
        List<Rejection> refused = new ArrayList<>();
        SendingHold first = null;
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            Optional<SendingHold> hold = event.getType() == EventType.send
                    ? holds.holding(event.getTenantId(), event.getWorkspaceId()) : Optional.empty();
            if (hold.isPresent()) {
                refused.add(new Rejection(indices.get(i), List.of(SendingSuspended.CODE + ": " + hold.get().describe())));
                first = first == null ? hold.get() : first;
            } else {
                passed.add(event);
            }
        }
        return new Gated(passed, refused, Optional.ofNullable(first));
    }

    /**
     * What passed the gate.
     *
     * @param passed the events to store
     * @param refused one rejection per held send, naming the hold
     * @param firstHold the hold that refused the first held send, if any
     */
    public record Gated(List<Event> passed, List<Rejection> refused, Optional<SendingHold> firstHold) {

        /** {@code invalid} and the held sends together, in body order. */
        public List<Rejection> withInvalid(List<Rejection> invalid) {
            List<Rejection> all = new ArrayList<>(invalid);
            all.addAll(refused);
            all.sort(Comparator.comparingInt(Rejection::index));
            return all;
        }

        /** The body positions of the held sends. */
        public List<Integer> heldItems() {
            return refused.stream().map(Rejection::index).toList();
        }
    }
}
