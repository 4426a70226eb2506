package com.penguinmails.query.deliverability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BounceBreakdownAssemblerTest {

    private final BounceBreakdownAssembler assembler = new BounceBreakdownAssembler(DeliverabilityThresholds.DEFAULTS);

    @Test
    void foldsTheReasonsOfAGroupIntoOneJudgedRow() {
        List<BounceBreakdownRow> rows = assembler.rows(List.of(
                new BounceCounts("yahoo", "", 1000, 900, 4, 0, 0, 0, 0),
                new BounceCounts("yahoo", "user_unknown", 0, 0, 0, 30, 0, 0, 2),
                new BounceCounts("yahoo", "spam_block", 0, 0, 0, 0, 0, 40, 0),
                new BounceCounts("google", "", 2000, 1990, 0, 0, 0, 0, 0),
                new BounceCounts("google", "mailbox_full", 0, 0, 0, 0, 10, 0, 0)));

        assertThat(rows).extracting(BounceBreakdownRow::key).containsExactly("google", "yahoo");
        BounceBreakdownRow yahoo = rows.get(1);
        assertThat(yahoo.sent()).isEqualTo(1000);
        assertThat(yahoo.bounced()).isEqualTo(72);
        assertThat(yahoo.bounceRate()).isEqualTo(0.072);
        assertThat(yahoo.bounceStatus()).isEqualTo(ThresholdStatus.CRITICAL);
        assertThat(yahoo.complaintRate()).isEqualTo(0.0044);
        assertThat(yahoo.complaintStatus()).isEqualTo(ThresholdStatus.CRITICAL);
        assertThat(yahoo.reasons()).containsExactly(
                new BounceReasonCount("block", "spam_block", 40, 0.04, 0.5556),
                new BounceReasonCount("hard", "user_unknown", 30, 0.03, 0.4167),
                new BounceReasonCount("undetermined", "user_unknown", 2, 0.002, 0.0278));
        BounceBreakdownRow google = rows.get(0);
        assertThat(google.bounceStatus()).isEqualTo(ThresholdStatus.OK);
        assertThat(google.complaintStatus()).isEqualTo(ThresholdStatus.OK);
        assertThat(google.reasons()).containsExactly(new BounceReasonCount("soft", "mailbox_full", 10, 0.005, 1.0));
    }

    @Test
    void aGroupWithoutSendsIsNotJudged() {
        List<BounceBreakdownRow> rows = assembler.rows(List.of(new BounceCounts("", "user_unknown", 0, 0, 0, 3, 0, 0, 0)));

        assertThat(rows.get(0).bounceRate()).isZero();
        assertThat(rows.get(0).bounceStatus()).isEqualTo(ThresholdStatus.INSUFFICIENT_VOLUME);
        assertThat(rows.get(0).reasons().get(0).shareOfSent()).isZero();
    }
}
