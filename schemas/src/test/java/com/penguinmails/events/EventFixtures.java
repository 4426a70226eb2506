package com.penguinmails.events;

import com.penguinmails.events.v1.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;

/**
 * Reads the per-release event fixtures under {@code src/test/resources/events/v<N>/}: {@code <type>.json} is one event in
 * Avro's JSON encoding of release N's schema (what the event means), {@code <type>.bin} the single-object bytes that
 * release's codec wrote for it (what old messages on Kafka look like). Both are frozen once the release is out.
 */
final class EventFixtures {

    /** One fixture per event type, including the fallback type unknown. */
    static final List<String> TYPES = List.of("send", "delivered", "deferred", "bounce", "open", "click", "reply",
            "unsubscribe", "complaint", "conversion", "unknown");

    private EventFixtures() {
    }

    /** The fixture of release {@code version}, resolved from that release's schema into the current Event class. */
    static Event event(int version, String type) {
        Schema writer = EventSchemas.released().get(version - 1);
        String json = new String(bytes(version, type + ".json"), StandardCharsets.UTF_8);
        try {
            return new SpecificDatumReader<Event>(writer, Event.getClassSchema(), SpecificData.getForClass(Event.class))
                    .read(null, DecoderFactory.get().jsonDecoder(writer, json));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read fixture v" + version + "/" + type + ".json", e);
        }
    }

    /** The single-object bytes release {@code version} wrote for the fixture. */
    static byte[] encoded(int version, String type) {
        return bytes(version, type + ".bin");
    }

    /** The newest release, whose fixtures the round-trip tests use. */
    static int latestVersion() {
        return EventSchemas.released().size();
    }

    private static byte[] bytes(int version, String name) {
        String resource = "/events/v" + version + "/" + name;
        try (InputStream in = EventFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing fixture " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read fixture " + resource, e);
        }
    }
}
