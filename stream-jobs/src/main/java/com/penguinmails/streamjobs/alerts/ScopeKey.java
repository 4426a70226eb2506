package com.penguinmails.streamjobs.alerts;

import org.apache.flink.api.java.functions.KeySelector;

/** Keys a {@link ScopedEvent} by its scope (tenant, kind, value). */
public final class ScopeKey implements KeySelector<ScopedEvent, String> {

    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(ScopedEvent event) {
        return event.key;
    }
}
