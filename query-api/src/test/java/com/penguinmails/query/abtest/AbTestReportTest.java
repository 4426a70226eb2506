package com.penguinmails.query.abtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.query.campaigns.CampaignCounters;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.Audience;
import com.penguinmails.query.request.TimeRange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbTestReportTest {

    private static final TimeRange RANGE = new TimeRange(Instant.parse("2026-11-01T00:00:00Z"),
            Instant.parse("2026-11-15T00:00:00Z"));

    @Test
    void leavesOutVariantsWithoutSendsAndOrdersByName() {
        AbTestReport report = AbTestReport.of(request(AbMetric.REPLY, Audience.ALL), List.of(
                activity("B", 200, 30), activity("stale", 0, 4), activity("A", 200, 10)));

        assertThat(report.variants()).extracting(VariantResult::variant).containsExactly("A", "B");
        assertThat(report.leader()).isEqualTo("B");
    }

    @Test
    void capsSuccessesAtSendsButShowsTheRawCounts() {
        AbTestReport report = AbTestReport.of(request(AbMetric.REPLY, Audience.ALL),
                List.of(activity("A", 5, 9), activity("B", 5, 1)));

        VariantResult a = report.variants().get(0);
        assertThat(a.replies()).isEqualTo(9);
        assertThat(a.successes()).isEqualTo(5);
        assertThat(a.rate()).isEqualTo(1.0);
        assertThat(report.verdict()).isEqualTo("insufficient_data");
    }

    @Test
    void judgesUniqueHumanOpensAndShowsTheAudiencesOpens() {
        CampaignCounters counters = new CampaignCounters(300, 290, 10, 1, 2, 500, 120, 80, 30, 12);
        AbTestReport report = AbTestReport.of(request(AbMetric.OPEN, Audience.HUMAN),
                List.of(new VariantActivity("A", counters, 3L)));

        VariantResult a = report.variants().get(0);
        assertThat(a.successes()).isEqualTo(120);
        assertThat(a.opens()).isEqualTo(120);
        assertThat(a.clicks()).isEqualTo(30);
        assertThat(a.conversions()).isEqualTo(3);
        assertThat(report.runnerUp()).isNull();
        assertThat(report.csvTable().rows()).hasSize(1);
    }

    private static AbTestRequest request(AbMetric metric, Audience audience) {
        return new AbTestRequest("acme", "c-1", RANGE, metric, audience, AnalyticsFilters.none());
    }

    private static VariantActivity activity(String variant, long sends, long replies) {
        return new VariantActivity(variant, new CampaignCounters(sends, sends, 0, 0, 0, 0, 0, 0, 0, replies), 0L);
    }
}
