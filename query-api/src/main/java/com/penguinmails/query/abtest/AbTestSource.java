package com.penguinmails.query.abtest;

import java.util.List;

/** Answers A/B questions with per-variant activity; implementations must confine every answer to the tenant. */
public interface AbTestSource {

    /**
     * The activity of every variant of the request's campaign with any activity in its range and filters.
     *
     * @throws com.penguinmails.query.store.AnalyticsStoreUnavailableException when the data cannot be read now
     */
    List<VariantActivity> variants(AbTestRequest request);
}
