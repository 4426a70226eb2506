package com.penguinmails.events;

import com.penguinmails.events.v1.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The event schema this build writes and every schema version released before it, as kept in the jar.
 *
 * <p>Released versions are snapshots under {@code /avro/released/Event-v<N>.avsc}, numbered from 1 without gaps; see the
 * module README for the release rule.
 */
public final class EventSchemas {

    static {
        GeneratedEventClasses.trust();
    }

    private static final String RELEASED_RESOURCE = "/avro/released/Event-v%d.avsc";
    private static final List<Schema> RELEASED = loadReleased();

    private EventSchemas() {
    }

    /** The schema of the generated {@link Event} class: what {@link EventCodec#encode(Event)} writes. */
    public static Schema current() {
        return Event.getClassSchema();
    }

    /** Every released version, oldest first: element {@code i} is version {@code i + 1}. Never empty, unmodifiable. */
    public static List<Schema> released() {
        return RELEASED;
    }

    private static List<Schema> loadReleased() {
        List<Schema> schemas = new ArrayList<>();
        for (int version = 1; ; version++) {
            String resource = String.format(RELEASED_RESOURCE, version);
            try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    break;
                }
                schemas.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read released event schema " + resource, e);
            }
        }
        if (schemas.isEmpty()) {
            throw new IllegalStateException("No released event schema found at " + String.format(RELEASED_RESOURCE, 1));
        }
        return List.copyOf(schemas);
    }
}
