package com.penguinmails.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedStackExtension.class)
class EmbeddedStackExtensionSecondIT {

    @Test
    void sharesStackAndItsRunningPartsWithOtherTestClasses(EmbeddedStack stack) {
        SharedStackProbe.assertSameAsEveryOtherTestClass(stack);
        stack.kafka().createTopic("extension-second-it", 1);

        assertThat(stack.kafka()).isSameAs(stack.kafka());
    }
}
