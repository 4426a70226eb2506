package com.penguinmails.operational.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomIdsTest {

    @Test
    void makesPrefixedLowerCaseIdsThatDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(RandomIds.next("t"));
        }

        assertThat(ids).hasSize(10_000).allMatch(id -> id.matches("t-[a-z2-7]{16}"));
    }
}
