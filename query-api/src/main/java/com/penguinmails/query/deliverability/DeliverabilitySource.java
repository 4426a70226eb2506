package com.penguinmails.query.deliverability;

import java.util.List;

/** Where deliverability groups come from: ClickHouse in the service, a fake in resource tests. */
public interface DeliverabilitySource {

    /** The groups answering {@code request}, most messages sent first. */
    List<DeliverabilityGroup> groups(DeliverabilityRequest request);
}
