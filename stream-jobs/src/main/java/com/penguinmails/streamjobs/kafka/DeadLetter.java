package com.penguinmails.streamjobs.kafka;

/**
 * A record a job could not process, with why: it goes to the dead-letter topic byte for byte.
 *
 * @param record the record as read
 * @param reason a short stable category, e.g. {@code BAD_MARKER} or {@code UNREPRESENTABLE}
 * @param detail a human-readable explanation
 */
public record DeadLetter(KafkaRecord record, String reason, String detail) {
}
