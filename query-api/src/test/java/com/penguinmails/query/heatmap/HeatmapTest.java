package com.penguinmails.query.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeatmapTest {

    @Test
    void fillsEverySlotMondayMidnightFirst() {
        Heatmap heatmap = Heatmap.of(List.of(new HeatmapCell(7, 23, 5, 1, 0, 0), new HeatmapCell(2, 9, 3, 2, 1, 1)));

        assertThat(heatmap.cells()).hasSize(168);
        assertThat(heatmap.cells().get(0)).isEqualTo(HeatmapCell.empty(1, 0));
        assertThat(heatmap.cells().get(167)).isEqualTo(new HeatmapCell(7, 23, 5, 1, 0, 0));
        assertThat(heatmap.cell(2, 9).clicksHuman()).isEqualTo(1);
        assertThat(heatmap.totalSends()).isEqualTo(8);
        assertThat(heatmap.total(HeatmapMetric.OPENS)).isEqualTo(3);
    }

    @Test
    void rejectsASlotGivenTwiceAndSlotsOutsideTheWeek() {
        assertThatThrownBy(() -> Heatmap.of(List.of(HeatmapCell.empty(1, 1), HeatmapCell.empty(1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeatmapCell.empty(8, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeatmapCell.empty(1, 24)).isInstanceOf(IllegalArgumentException.class);
    }
}
