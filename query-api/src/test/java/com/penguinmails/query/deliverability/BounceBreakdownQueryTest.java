package com.penguinmails.query.deliverability;

import static com.penguinmails.query.deliverability.DeliverabilityDetailRequestTest.parameters;
import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.query.store.BoundQuery;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BounceBreakdownQueryTest {

    @Test
    void bindsEveryValueAndEscapesBackslashesOnce() {
        BounceBreakdownRequest request = BounceBreakdownRequest.parse("acme", parameters("from",
                "2026-11-01T10:00:00Z", "to", "2026-11-02T10:00:00Z", "group_by", "provider",
                "campaign_id", "c\\\\'3' OR 1=1 --", "step", "3"), Duration.ofDays(400));

        BoundQuery query = BounceBreakdownQuery.build(request);

        assertThat(query.sql()).contains("FROM deliverability_hour").contains("campaign_id = {filter_campaign:String}")
                .contains("sequence_step = {filter_step:UInt16}").doesNotContain("OR 1=1").doesNotContain("acme");
        assertThat(query.parameters()).containsEntry("filter_campaign", "c\\\\\\\\'3' OR 1=1 --")
                .containsEntry("filter_step", "3").containsEntry("tenant_id", "acme");
    }
}
