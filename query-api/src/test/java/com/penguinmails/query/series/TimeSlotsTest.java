package com.penguinmails.query.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.TimeRange;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeSlotsTest {

    @Test
    void countsSlotsFromTheRangeStartWithAPartialLastOne() {
        TimeSlots slots = new TimeSlots(new TimeRange(Instant.parse("2026-11-01T10:30:00Z"),
                Instant.parse("2026-11-01T13:00:00Z")), Interval.HOUR);

        assertThat(slots.count()).isEqualTo(3);
        assertThat(slots.start(0)).isEqualTo(Instant.parse("2026-11-01T10:30:00Z"));
        assertThat(slots.start(2)).isEqualTo(Instant.parse("2026-11-01T12:30:00Z"));
    }

    @Test
    void bindsTheOriginAndStepInSeconds() {
        TimeSlots slots = new TimeSlots(new TimeRange(Instant.parse("2026-11-02T00:00:00Z"),
                Instant.parse("2026-11-30T00:00:00Z")), Interval.WEEK);
        Map<String, String> parameters = new HashMap<>();

        slots.bind(parameters);

        assertThat(slots.count()).isEqualTo(4);
        assertThat(parameters).containsEntry("slot_origin", Long.toString(Instant.parse("2026-11-02T00:00:00Z")
                .getEpochSecond())).containsEntry("slot_step", "604800");
        assertThat(TimeSlots.slotSql("bucket")).contains("{slot_origin:Int64}").contains("{slot_step:Int64}");
    }

    @Test
    void needsAResolvedInterval() {
        assertThatThrownBy(() -> new TimeSlots(new TimeRange(Instant.EPOCH, Instant.EPOCH.plusSeconds(60)),
                Interval.AUTO)).isInstanceOf(IllegalArgumentException.class);
    }
}
