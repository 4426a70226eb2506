package com.penguinmails.events;

import com.penguinmails.events.v1.Event;
import org.apache.avro.specific.AvroGenerated;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Lets Avro load the classes generated from the event schema by name.
 *
 * <p>Since Avro 1.12.2 every class that Avro resolves by name (as {@code SpecificDatumReader} does for each record and
 * enum of a schema) must pass the JVM-wide {@link ClassSecurityValidator}; by default only a few {@code java.lang}
 * classes do, so reading an {@link Event} fails with {@code SecurityException: Forbidden ...}. {@link #trust()} widens
 * the global predicate by exactly the Avro-generated types of the {@code com.penguinmails.events.v1} package and keeps
 * whatever else was trusted before. {@link EventCodec} and {@link EventSchemas} call it when loaded; code that builds
 * its own Avro readers for {@link Event} (e.g. a Flink Avro serializer) should call it first.
 */
public final class GeneratedEventClasses {

    private static final String PACKAGE = Event.class.getPackageName();
    private static boolean trusted;

    private GeneratedEventClasses() {
    }

    /** Adds the generated event classes to Avro's trusted classes; idempotent and thread-safe. */
    public static synchronized void trust() {
        if (trusted) {
            return;
        }
        ClassSecurityPredicate generatedEventClasses = clazz -> PACKAGE.equals(clazz.getPackageName())
                && clazz.isAnnotationPresent(AvroGenerated.class);
        ClassSecurityValidator.setGlobal(
                ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), generatedEventClasses));
        trusted = true;
    }
}
