package com.penguinmails.query.cohorts;

import com.penguinmails.query.request.TimeRange;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Retention counts split by cohort and by slice of cohort time, as of one instant: either a kept matrix over all cohort
 * times, which answers every range whose ends lie on its slice grid, or the answer to one range.
 *
 * @param asOf when the counts were taken: contacts whose cohort time is later are not in them
 * @param slices the counts, in any order
 */
public record CohortSlices(Instant asOf, List<CohortSlice> slices) {

    private static final List<Duration> SLICE_LENGTHS =
            List.of(Duration.ofHours(1), Duration.ofMinutes(30), Duration.ofMinutes(15));
    private static final Instant OFFSETS_SINCE = Instant.EPOCH;
    /** Asked on every request; a zone's offsets since 1970 are walked once (the zones are a bounded set of names). */
    private static final ConcurrentMap<ZoneId, Duration> SLICE_LENGTH_BY_ZONE = new ConcurrentHashMap<>();
    private static final Comparator<ConversionValue> VALUE_ORDER =
            Comparator.comparingInt(ConversionValue::period).thenComparing(ConversionValue::currency);

    public CohortSlices {
        Objects.requireNonNull(asOf, "asOf");
        slices = List.copyOf(slices);
    }

    /**
     * The slice length for cohorts cut in {@code zone}: the longest of an hour, half an hour and a quarter hour that
     * divides every offset the zone has had since 1970, so that the zone's local midnights lie on the grid of slices
     * (counted from the epoch) as well as whole UTC hours. A zone with an odd offset in that time (Liberia's until
     * 1972) gets quarter hours; ranges off the grid are answered by a query of their own.
     */
    public static Duration sliceLength(ZoneId zone) {
        return SLICE_LENGTH_BY_ZONE.computeIfAbsent(zone, CohortSlices::computeSliceLength);
    }

    private static Duration computeSliceLength(ZoneId zone) {
        List<ZoneOffset> offsets = offsetsSince1970(zone.getRules());
        for (Duration length : SLICE_LENGTHS) {
            if (offsets.stream().allMatch(offset -> offset.getTotalSeconds() % length.toSeconds() == 0)) {
                return length;
            }
        }
        return SLICE_LENGTHS.get(SLICE_LENGTHS.size() - 1);
    }

    /** Whether both ends of {@code range} lie on the grid of slices of {@code length} counted from the epoch. */
    public static boolean onGrid(TimeRange range, Duration length) {
        long millis = length.toMillis();
        return range.from().toEpochMilli() % millis == 0 && range.to().toEpochMilli() % millis == 0;
    }

    /**
     * The slices that start in {@code range}: exactly the contacts whose cohort time lies in it when the range is on
     * the grid of these slices (a slice starting in the range then also ends in it).
     */
    public CohortSlices within(TimeRange range) {
        return new CohortSlices(asOf, slices.stream()
                .filter(slice -> !slice.sliceStart().isBefore(range.from())
                        && slice.sliceStart().isBefore(range.to()))
                .toList());
    }

    /** The counts per cohort, oldest first: the sums of each cohort's slices. */
    public List<CohortCounts> cohorts() {
        Map<LocalDate, Sum> sums = new TreeMap<>();
        for (CohortSlice slice : slices) {
            sums.computeIfAbsent(slice.cohortStart(), start -> new Sum(slice.periods())).add(slice);
        }
        List<CohortCounts> cohorts = new ArrayList<>(sums.size());
        sums.forEach((start, sum) -> cohorts.add(sum.counts(start)));
        return cohorts;
    }

    /** Numbers held, to bound the memory kept matrices take. */
    public long cells() {
        return slices.stream().mapToLong(CohortSlice::cells).sum();
    }

    private static List<ZoneOffset> offsetsSince1970(ZoneRules rules) {
        List<ZoneOffset> offsets = new ArrayList<>();
        offsets.add(rules.getOffset(OFFSETS_SINCE));
        for (ZoneOffsetTransition transition : rules.getTransitions()) {
            if (transition.getInstant().isAfter(OFFSETS_SINCE)) {
                offsets.add(transition.getOffsetAfter());
            }
        }
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            offsets.add(rule.getOffsetBefore());
            offsets.add(rule.getOffsetAfter());
        }
        return offsets;
    }

    /** One cohort's counts being added up from its slices. */
    private static final class Sum {
        private long size;
        private final long[] active;
        private final long[] activeUnbounded;
        private final Map<ConversionValue, BigDecimal> values = new TreeMap<>(VALUE_ORDER);

        Sum(int periods) {
            active = new long[periods];
            activeUnbounded = new long[periods];
        }

        void add(CohortSlice slice) {
            if (slice.periods() != active.length) {
                throw new IllegalArgumentException("slices of one cohort must cover the same periods");
            }
            size += slice.size();
            for (int k = 0; k < active.length; k++) {
                active[k] += slice.active(k);
                activeUnbounded[k] += slice.activeUnbounded(k);
            }
            for (ConversionValue value : slice.values()) {
                values.merge(new ConversionValue(value.period(), value.currency(), BigDecimal.ZERO), value.amount(),
                        BigDecimal::add);
            }
        }

        CohortCounts counts(LocalDate start) {
            List<ConversionValue> summed = new ArrayList<>(values.size());
            values.forEach((key, amount) -> {
                if (amount.signum() != 0) {
                    summed.add(new ConversionValue(key.period(), key.currency(), amount));
                }
            });
            return new CohortCounts(start, size, boxed(active), boxed(activeUnbounded), summed);
        }

        private static List<Long> boxed(long[] numbers) {
            return Arrays.stream(numbers).boxed().toList();
        }
    }
}
