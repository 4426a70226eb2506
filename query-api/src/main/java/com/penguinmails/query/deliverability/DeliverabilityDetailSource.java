package com.penguinmails.query.deliverability;

import java.util.List;

/** Where the bounce breakdown and the deliverability time series come from: ClickHouse in the service. */
public interface DeliverabilityDetailSource {

    /** The counters per (group value, bounce reason) answering {@code request}. */
    List<BounceCounts> bounceCounts(BounceBreakdownRequest request);

    /** Every bucket's point answering {@code request}, oldest first. */
    List<DeliverabilityPoint> series(DeliverabilitySeriesRequest request, DeliverabilityThresholds thresholds);
}
