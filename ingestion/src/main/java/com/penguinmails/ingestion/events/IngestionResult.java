package com.penguinmails.ingestion.events;

import java.util.List;

/**
 * The answer to a {@code POST /v1/events} whose body could be read: how many events were stored and which were refused.
 *
 * @param accepted how many events Kafka acknowledged
 * @param rejected the invalid items, in body order
 */
public record IngestionResult(int accepted, List<Rejection> rejected) {

    public IngestionResult {
        rejected = List.copyOf(rejected);
    }
}
