package com.penguinmails.ingestion.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TimeOrderedEventIdsTest {

    private static final long RECEIVED_AT = 1_795_000_000_123L;

    @Test
    void isACanonicalVersion7UuidCarryingTheReceiptMillisecond() {
        String id = TimeOrderedEventIds.next(RECEIVED_AT);
        UUID parsed = UUID.fromString(id);

        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(parsed.toString()).isEqualTo(id);
        assertThat(parsed.version()).isEqualTo(7);
        assertThat(parsed.variant()).isEqualTo(2);
        assertThat(parsed.getMostSignificantBits() >>> 16).isEqualTo(RECEIVED_AT);
    }

    @Test
    void idsOfOneMillisecondDifferAcrossThreads() throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                runs.add(threads.submit(() -> {
                    for (int i = 0; i < 100_000; i++) {
                        ids.add(TimeOrderedEventIds.next(RECEIVED_AT));
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(ids).hasSize(400_000);
    }

    @Test
    void sortsByReceiptTime() {
        String earlier = TimeOrderedEventIds.next(RECEIVED_AT);
        String later = TimeOrderedEventIds.next(RECEIVED_AT + 1);

        assertThat(earlier).isLessThan(later);
    }
}
