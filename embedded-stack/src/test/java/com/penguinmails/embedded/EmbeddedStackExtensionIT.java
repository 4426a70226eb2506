package com.penguinmails.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedStackExtension.class)
class EmbeddedStackExtensionIT {

    static EmbeddedStack stackBeforeAll;

    @BeforeAll
    static void receiveStack(EmbeddedStack stack) {
        stackBeforeAll = stack;
    }

    @Test
    void givesLifecycleMethodsAndTestsTheSameStack(EmbeddedStack stack) {
        assertThat(stack).isSameAs(stackBeforeAll);
    }

    @Test
    void keepsStackUnderModuleTargetDirectory(EmbeddedStack stack) {
        assertThat(stack.rootDir()).startsWith(Path.of("target", "embedded-stack").toAbsolutePath());
    }

    @Test
    void sharesStackWithOtherTestClasses(EmbeddedStack stack) {
        SharedStackProbe.assertSameAsEveryOtherTestClass(stack);
        stack.kafka().createTopic("extension-it", 1);
    }
}
