package com.penguinmails.streamjobs.kafka;

/**
 * One Kafka record as read, before any decoding: where it came from and its raw key and value.
 *
 * @param topic the topic it was read from
 * @param partition its partition
 * @param offset its offset in that partition
 * @param timestamp the record's Kafka timestamp, in epoch milliseconds
 * @param key the key bytes; null when the record has no key
 * @param value the value bytes; null for a tombstone
 */
public record KafkaRecord(String topic, int partition, long offset, long timestamp, byte[] key, byte[] value) {

    /** Where the record sits, e.g. {@code events.raw-3@1234}, for logs and error messages. */
    public String position() {
        return topic + '-' + partition + '@' + offset;
    }
}
