package com.penguinmails.ingestion.events;

import java.time.Instant;

/** JSON texts of events in the wire format, for tests. */
public final class SampleEvents {

    private SampleEvents() {
    }

    /** A valid open event of message {@code messageId}. */
    public static String open(String eventId, String messageId) {
        return "{\"event_id\":\"" + eventId + "\",\"type\":\"open\",\"occurred_at\":\"2026-11-25T10:00:00Z\","
                + "\"message_id\":\"" + messageId + "\",\"contact_id\":\"ct-1\",\"campaign_id\":\"c-1\","
                + "\"engagement\":{\"ip\":\"198.51.100.7\",\"user_agent\":\"Mozilla/5.0\",\"http_method\":\"GET\"}}";
    }

    /** A valid open event occurring at {@code occurredAt}. */
    public static String openAt(String eventId, Instant occurredAt) {
        return open(eventId, "m-" + eventId).replace("2026-11-25T10:00:00Z", occurredAt.toString());
    }

    /** A valid conversion, which has no message: its key falls back to the contact. */
    public static String conversion(String eventId, String contactId) {
        return "{\"event_id\":\"" + eventId + "\",\"type\":\"conversion\",\"occurred_at\":\"2026-11-25T10:00:00Z\","
                + "\"contact_id\":\"" + contactId + "\",\"conversion\":{\"conversion_type\":\"meeting_booked\","
                + "\"value\":\"250.00\",\"currency\":\"USD\"}}";
    }

    /** An open without message_id and contact_id: invalid. */
    public static String openWithoutIds(String eventId) {
        return "{\"event_id\":\"" + eventId + "\",\"type\":\"open\",\"occurred_at\":\"2026-11-25T10:00:00Z\","
                + "\"engagement\":{}}";
    }

    /** A JSON array of the given items. */
    public static String array(String... items) {
        return "[" + String.join(",", items) + "]";
    }

    /** An NDJSON body of the given items, one per line. */
    public static String ndjson(String... items) {
        return String.join("\n", items) + "\n";
    }
}
