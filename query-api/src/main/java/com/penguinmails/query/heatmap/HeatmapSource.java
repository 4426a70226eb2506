package com.penguinmails.query.heatmap;

/** Where heatmaps come from: ClickHouse in the service, a fake in resource tests. */
public interface HeatmapSource {

    /** The matrix answering {@code request}, every slot present. */
    Heatmap heatmap(HeatmapRequest request);
}
