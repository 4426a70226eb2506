package com.penguinmails.operational.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    @Test
    void theSameRequestAlwaysGetsTheSameKey() {
        assertThat(IdempotencyKeys.subscription("t-1", 1)).isEqualTo(IdempotencyKeys.subscription("t-1", 1));
        assertThat(IdempotencyKeys.payment("in_1", 2)).isEqualTo(IdempotencyKeys.payment("in_1", 2));
    }

    @Test
    void aLaterDifferentRequestGetsANewKey() {
        assertThat(IdempotencyKeys.subscription("t-1", 2)).isNotEqualTo(IdempotencyKeys.subscription("t-1", 1));
        assertThat(IdempotencyKeys.subscription("t-2", 1)).isNotEqualTo(IdempotencyKeys.subscription("t-1", 1));
        assertThat(IdempotencyKeys.planChange("sub_1", 2)).isNotEqualTo(IdempotencyKeys.planChange("sub_1", 1));
        assertThat(IdempotencyKeys.cancellation("sub_1", true)).isNotEqualTo(IdempotencyKeys.cancellation("sub_1",
                false));
        assertThat(IdempotencyKeys.payment("in_1", 1)).isNotEqualTo(IdempotencyKeys.payment("in_1", 0));
    }

    @Test
    void keysFitStripesLimit() {
        assertThat(IdempotencyKeys.subscription("t-k3v9q2m8x4r7b6na", Long.MAX_VALUE)).hasSizeLessThanOrEqualTo(255);
    }
}
