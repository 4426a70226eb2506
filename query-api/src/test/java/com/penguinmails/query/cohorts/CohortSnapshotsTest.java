package com.penguinmails.query.cohorts;

import static com.penguinmails.query.cohorts.CohortSlicesTest.range;
import static com.penguinmails.query.cohorts.CohortSlicesTest.slice;
import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.query.request.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CohortSnapshotsTest {

    private static final Instant START = Instant.parse("2026-11-26T12:00:00Z");
    private static final LocalDate WEEK_ONE = LocalDate.of(2026, 11, 2);
    private static final LocalDate WEEK_TWO = LocalDate.of(2026, 11, 9);
    private static final TimeRange NOVEMBER = range("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private final FakeCohortsSource source = new FakeCohortsSource();
    /** Background work waits here until the test runs it. */
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final CohortSnapshots matrices = CohortSnapshots.keeping(source, Duration.ofMinutes(5),
            Duration.ofMinutes(30), 1_000, background::add, () -> START.plusNanos(nanos.get()), nanos::get);

    @Test
    void computesAQuestionOnceOverAllTimeAndAnswersEveryRangeOnTheGridFromIt() {
        source.answer(List.of(
                slice(WEEK_ONE, "2026-11-02T09:00:00Z", 3, new long[] {3}, new long[] {3}),
                slice(WEEK_TWO, "2026-11-09T10:00:00Z", 2, new long[] {2}, new long[] {2})));

        CohortSlices november = matrices.answer(request("acme", NOVEMBER));
        CohortSlices weekTwo = matrices.answer(request("acme", range("2026-11-09T00:00:00Z", "2026-11-16T00:00:00Z")));

        assertThat(source.requests()).singleElement().satisfies(asked -> {
            assertThat(asked.range()).isEqualTo(new TimeRange(TimeRange.EARLIEST, START));
            assertThat(asked.tenantId()).isEqualTo("acme");
        });
        assertThat(november.asOf()).isEqualTo(START);
        assertThat(november.cohorts()).extracting(CohortCounts::start).containsExactly(WEEK_ONE, WEEK_TWO);
        assertThat(weekTwo.cohorts()).extracting(CohortCounts::size).containsExactly(2L);
    }

    @Test
    void eachTenantAndQuestionHasItsOwnMatrix() {
        matrices.answer(request("acme", NOVEMBER));
        matrices.answer(request("globex", NOVEMBER));
        matrices.answer(request("acme", NOVEMBER).withRange(NOVEMBER));
        matrices.answer(new CohortsRequest("acme", NOVEMBER, ZoneId.of("UTC"), CohortPeriod.WEEK,
                CohortBasis.FIRST_SEND, CohortActivity.OPEN, Optional.of("c1"), 12));

        assertThat(source.requests()).extracting(CohortsRequest::tenantId).containsExactly("acme", "globex", "acme");
    }

    @Test
    void aRangeOffTheGridIsCountedForItselfAsOfNow() {
        TimeRange ragged = range("2026-11-01T00:00:00Z", "2026-11-20T17:23:45.678Z");
        nanos.set(Duration.ofSeconds(7).toNanos());

        CohortSlices answer = matrices.answer(request("acme", ragged));

        assertThat(source.requests()).singleElement().satisfies(asked -> assertThat(asked.range()).isEqualTo(ragged));
        assertThat(answer.asOf()).isEqualTo(START.plusSeconds(7));
    }

    @Test
    void aRequestAfterRefreshAfterGetsTheKeptMatrixAndStartsARecomputation() {
        source.answer(List.of(slice(WEEK_ONE, "2026-11-02T09:00:00Z", 3, new long[] {3}, new long[] {3})));
        matrices.answer(request("acme", NOVEMBER));
        source.answer(List.of(slice(WEEK_ONE, "2026-11-02T09:00:00Z", 4, new long[] {4}, new long[] {4})));

        nanos.set(Duration.ofMinutes(4).toNanos());
        assertThat(matrices.answer(request("acme", NOVEMBER)).asOf()).isEqualTo(START);
        assertThat(source.requests()).hasSize(1);

        nanos.set(Duration.ofMinutes(6).toNanos());
        CohortSlices kept = matrices.answer(request("acme", NOVEMBER));
        assertThat(source.requests()).hasSize(1);
        while (!background.isEmpty()) {
            background.remove().run();
        }
        CohortSlices refreshed = matrices.answer(request("acme", NOVEMBER));

        assertThat(kept.asOf()).isEqualTo(START);
        assertThat(kept.cohorts()).extracting(CohortCounts::size).containsExactly(3L);
        assertThat(source.requests()).hasSize(2);
        assertThat(refreshed.asOf()).isEqualTo(START.plus(Duration.ofMinutes(6)));
        assertThat(refreshed.cohorts()).extracting(CohortCounts::size).containsExactly(4L);
    }

    @Test
    void aMatrixOlderThanMaxAgeIsNeverServed() {
        matrices.answer(request("acme", NOVEMBER));

        nanos.set(Duration.ofMinutes(31).toNanos());
        CohortSlices answer = matrices.answer(request("acme", NOVEMBER));

        assertThat(answer.asOf()).isEqualTo(START.plus(Duration.ofMinutes(31)));
        assertThat(source.requests()).hasSize(2);
    }

    @Test
    void withoutKeptMatricesEveryRequestIsCountedForItself() {
        CohortSnapshots live = CohortSnapshots.none(source, () -> START);

        live.answer(request("acme", NOVEMBER));
        live.answer(request("acme", NOVEMBER));

        assertThat(source.requests()).extracting(CohortsRequest::range).containsExactly(NOVEMBER, NOVEMBER);
    }

    private static CohortsRequest request(String tenant, TimeRange range) {
        return new CohortsRequest(tenant, range, ZoneId.of("Europe/Berlin"), CohortPeriod.WEEK, CohortBasis.FIRST_SEND,
                CohortActivity.OPEN, Optional.empty(), 12);
    }
}
