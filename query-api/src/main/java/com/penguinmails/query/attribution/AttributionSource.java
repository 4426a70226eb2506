package com.penguinmails.query.attribution;

import java.util.Optional;

/** Where attribution answers come from: ClickHouse in the service, a fake in resource tests. */
public interface AttributionSource {

    /** Every model's credits for {@code request}, and its unattributed conversions. */
    AttributionTotals totals(AttributionRequest request);

    /** The journey of one conversion of one tenant, or empty when the tenant has no such conversion. */
    Optional<ConversionJourney> journey(String tenantId, String conversionId);
}
