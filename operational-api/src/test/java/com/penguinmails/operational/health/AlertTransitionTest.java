package com.penguinmails.operational.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertTransitionTest {

    private static final Optional<Instant> OPEN = Optional.of(Instant.parse("2026-11-25T10:00:00Z"));

    @Test
    void failingFiresOnceAndRecoveryResolves() {
        assertThat(AlertTransition.of(Optional.empty(), CheckStatus.FAILING)).isEqualTo(AlertTransition.Change.FIRE);
        assertThat(AlertTransition.of(OPEN, CheckStatus.FAILING)).isEqualTo(AlertTransition.Change.NONE);
        assertThat(AlertTransition.of(OPEN, CheckStatus.OK)).isEqualTo(AlertTransition.Change.RESOLVE);
        assertThat(AlertTransition.of(OPEN, CheckStatus.WARNING)).isEqualTo(AlertTransition.Change.RESOLVE);
    }

    @Test
    void unknownAndHealthyResultsWithoutAnEpisodeChangeNothing() {
        assertThat(AlertTransition.of(OPEN, CheckStatus.UNKNOWN)).isEqualTo(AlertTransition.Change.NONE);
        assertThat(AlertTransition.of(Optional.empty(), CheckStatus.UNKNOWN)).isEqualTo(AlertTransition.Change.NONE);
        assertThat(AlertTransition.of(Optional.empty(), CheckStatus.OK)).isEqualTo(AlertTransition.Change.NONE);
        assertThat(AlertTransition.of(Optional.empty(), CheckStatus.WARNING)).isEqualTo(AlertTransition.Change.NONE);
    }
}
