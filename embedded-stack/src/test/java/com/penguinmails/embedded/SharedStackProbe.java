package com.penguinmails.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

/** What the extension tests saw, compared across test classes run in the same JVM in any order. */
final class SharedStackProbe {

    private static final AtomicReference<EmbeddedStack> FIRST_SEEN = new AtomicReference<>();

    private SharedStackProbe() {
    }

    /** Asserts that {@code stack} is the stack every earlier caller in this JVM got. */
    static void assertSameAsEveryOtherTestClass(EmbeddedStack stack) {
        FIRST_SEEN.compareAndSet(null, stack);
        assertThat(stack).isSameAs(FIRST_SEEN.get());
    }
}
