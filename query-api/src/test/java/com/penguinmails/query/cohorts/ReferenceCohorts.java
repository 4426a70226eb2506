package com.penguinmails.query.cohorts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The retention matrix computed a second time, in plain Java, straight from the stored events: each contact's
 * cohort time is the minimum over its events, periods come from {@code java.time} local dates (exact event times, not
 * the table's quarter hours), and conversions are summed once per event id. Shares are not computed here: the tests
 * derive them from these counts.
 */
final class ReferenceCohorts {

    /** One expected row: the cohort's start and size, and per k the counts and the cumulative value per currency. */
    record Row(LocalDate start, long size, long[] active, long[] activeUnbounded, List<Map<String, BigDecimal>> value) {
    }

    private ReferenceCohorts() {
    }

    /** The expected rows answering {@code request} over {@code events} (duplicates by event id are ignored). */
    static List<Row> compute(Collection<StoredEvent> events, CohortsRequest request) {
        Map<String, StoredEvent> unique = new LinkedHashMap<>();
        for (StoredEvent event : events) {
            if (event.tenantId().equals(request.tenantId()) && !event.contactId().isEmpty()) {
                unique.putIfAbsent(event.eventId(), event);
            }
        }
        Predicate<StoredEvent> inScope = event -> request.campaignId().map(event.campaignId()::equals).orElse(true);
        Map<String, List<StoredEvent>> byContact = new HashMap<>();
        unique.values().forEach(event -> byContact.computeIfAbsent(event.contactId(), c -> new ArrayList<>()).add(event));

        int n = request.periods();
        Map<LocalDate, long[]> active = new TreeMap<>();
        Map<LocalDate, long[]> unbounded = new TreeMap<>();
        Map<LocalDate, Long> sizes = new TreeMap<>();
        Map<LocalDate, List<Map<String, BigDecimal>>> values = new TreeMap<>();
        for (List<StoredEvent> contactEvents : byContact.values()) {
            Optional<Instant> cohortTime = contactEvents.stream()
                    .filter(inScope)
                    .filter(event -> request.basis() == CohortBasis.FIRST_SEND ? event.type().equals("send")
                            : event.humanOpen() || event.humanClick() || event.humanReply())
                    .map(StoredEvent::occurredAt)
                    .min(Instant::compareTo);
            if (cohortTime.isEmpty() || cohortTime.get().isBefore(request.range().from())
                    || !cohortTime.get().isBefore(request.range().to())) {
                continue;
            }
            LocalDate start = periodStart(cohortTime.get(), request);
            sizes.merge(start, 1L, Long::sum);
            long[] activeRow = active.computeIfAbsent(start, s -> new long[n]);
            long[] unboundedRow = unbounded.computeIfAbsent(start, s -> new long[n]);
            List<Map<String, BigDecimal>> valueRow = values.computeIfAbsent(start, s -> {
                List<Map<String, BigDecimal>> perPeriod = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    perPeriod.add(new TreeMap<>());
                }
                return perPeriod;
            });
            boolean[] activeIn = new boolean[n];
            long lastK = -1;
            for (StoredEvent event : contactEvents) {
                long k = periodsBetween(start, periodStart(event.occurredAt(), request), request.period());
                if (qualifies(event, request.activity()) && (event.type().equals("conversion") || inScope.test(event))
                        && k >= 0) {
                    lastK = Math.max(lastK, k);
                    if (k < n) {
                        activeIn[(int) k] = true;
                    }
                }
                if (event.type().equals("conversion") && !event.currency().isEmpty() && k >= 0 && k < n) {
                    for (long later = k; later < n; later++) {
                        valueRow.get((int) later).merge(event.currency(), event.value(), BigDecimal::add);
                    }
                }
            }
            for (int k = 0; k < n; k++) {
                activeRow[k] += activeIn[k] ? 1 : 0;
                unboundedRow[k] += lastK >= k ? 1 : 0;
            }
        }
        List<Row> rows = new ArrayList<>();
        sizes.forEach((start, size) -> rows.add(
                new Row(start, size, active.get(start), unbounded.get(start), values.get(start))));
        return rows;
    }

    private static boolean qualifies(StoredEvent event, CohortActivity activity) {
        return switch (activity) {
            case OPEN -> event.humanOpen();
            case CLICK -> event.humanClick();
            case REPLY -> event.humanReply();
            case CONVERSION -> event.type().equals("conversion");
        };
    }

    private static LocalDate periodStart(Instant time, CohortsRequest request) {
        LocalDate date = time.atZone(request.zone()).toLocalDate();
        return switch (request.period()) {
            case DAY -> date;
            case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - 1);
            case MONTH -> LocalDate.of(date.getYear(), date.getMonth(), 1);
        };
    }

    private static long periodsBetween(LocalDate from, LocalDate to, CohortPeriod period) {
        return switch (period) {
            case DAY -> ChronoUnit.DAYS.between(from, to);
            case WEEK -> ChronoUnit.DAYS.between(from, to) / 7;
            case MONTH -> (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue();
        };
    }
}
