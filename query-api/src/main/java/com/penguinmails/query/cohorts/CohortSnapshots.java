package com.penguinmails.query.cohorts;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import com.penguinmails.query.request.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Answers cohort questions from kept retention matrices, refreshed in the background, so that a dashboard does not
 * wait for a pass over every contact of the tenant.
 *
 * <p>A kept matrix holds one question (tenant, campaign, zone, period, basis, activity, periods) over all cohort times
 * up to its {@code asOf}, split by slice of cohort time ({@link CohortSlices}); it answers every range whose ends lie
 * on its slice grid, exactly as of its {@code asOf}. The first request for a question computes it (concurrent
 * requests for the same question wait for that one computation); a request after {@code refreshAfter} gets the kept
 * matrix and starts a recomputation in the background; a matrix older than {@code maxAge} is never served. A range
 * off the grid (a millisecond-ragged end) is answered by a query of its own, as of now. The matrix's {@code asOf} is
 * part of every answer.
 *
 * <p>Matrices live in this process (each query API replica keeps its own); questions not asked again drop out after
 * {@code maxAge}, and the total held is bounded by {@code maximumCells}.
 */
public final class CohortSnapshots {

    private static final TimeRange ALL_TIME = new TimeRange(TimeRange.EARLIEST, TimeRange.LATEST);

    private final CohortsSource source;
    private final InstantSource clock;
    private final Optional<LoadingCache<CohortsRequest, CohortSlices>> kept;

    private CohortSnapshots(CohortsSource source, InstantSource clock,
            Optional<LoadingCache<CohortsRequest, CohortSlices>> kept) {
        this.source = source;
        this.clock = clock;
        this.kept = kept;
    }

    /**
     * Keeps matrices from {@code source}.
     *
     * @param refreshAfter age after which a request starts a background recomputation
     * @param maxAge age after which a matrix is no longer served (longer than {@code refreshAfter})
     * @param maximumCells the most numbers held over all matrices
     * @param refresher where background recomputations run
     * @param ticker Caffeine's clock, in step with {@code clock}
     */
    static CohortSnapshots keeping(CohortsSource source, Duration refreshAfter, Duration maxAge, long maximumCells,
            Executor refresher, InstantSource clock, Ticker ticker) {
        if (refreshAfter.isZero() || refreshAfter.isNegative() || maxAge.compareTo(refreshAfter) <= 0) {
            throw new IllegalArgumentException("need 0 < refreshAfter < maxAge; got " + refreshAfter + ", " + maxAge);
        }
        LoadingCache<CohortsRequest, CohortSlices> kept = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(refresher)
                .refreshAfterWrite(refreshAfter)
                .expireAfterWrite(maxAge)
                .maximumWeight(maximumCells)
                .<CohortsRequest, CohortSlices>weigher((question, matrix) ->
                        (int) Math.min(Integer.MAX_VALUE, Math.max(1, matrix.cells())))
                .build(question -> computeAcrossAllTime(source, clock, question));
        return new CohortSnapshots(source, clock, Optional.of(kept));
    }

    /** Answers every request with a query of its own. */
    static CohortSnapshots none(CohortsSource source, InstantSource clock) {
        return new CohortSnapshots(source, clock, Optional.empty());
    }

    /** The counts answering {@code request}, from a kept matrix when its range is on the matrix's slice grid. */
    public CohortSlices answer(CohortsRequest request) {
        Duration sliceLength = CohortSlices.sliceLength(request.zone());
        if (kept.isPresent() && CohortSlices.onGrid(request.range(), sliceLength)) {
            return kept.get().get(request.withRange(ALL_TIME)).within(request.range());
        }
        Instant asOf = clock.instant();
        return new CohortSlices(asOf, source.slices(request, sliceLength));
    }

    private static CohortSlices computeAcrossAllTime(CohortsSource source, InstantSource clock,
            CohortsRequest question) {
        Instant asOf = clock.instant();
        CohortsRequest untilNow = question.withRange(new TimeRange(TimeRange.EARLIEST, asOf));
        return new CohortSlices(asOf,
                Objects.requireNonNull(source.slices(untilNow, CohortSlices.sliceLength(question.zone()))));
    }
}
