package com.penguinmails.ingestion.sendingholds;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The holds ingestion enforces: the operational API's last answer, swapped in whole by the poller. Thread-safe; empty
 * until the first answer arrives (see {@link OperationalSendingHolds} for why that fails open).
 */
public final class SendingHolds {

    private volatile Map<String, List<SendingHold>> byTenant = Map.of();

    /** Replaces the holds in force. */
    public void use(List<SendingHold> holds) {
        byTenant = holds.stream().collect(Collectors.groupingBy(SendingHold::tenantId,
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
    }

    /** The first hold covering a send of {@code tenantId} in {@code workspaceId} (null: none named), if any. */
    public Optional<SendingHold> holding(String tenantId, String workspaceId) {
        return byTenant.getOrDefault(tenantId, List.of()).stream()
                .filter(hold -> hold.covers(tenantId, workspaceId)).findFirst();
    }
}
