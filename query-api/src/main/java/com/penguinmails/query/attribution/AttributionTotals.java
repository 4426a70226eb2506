package com.penguinmails.query.attribution;

import java.util.List;

/**
 * The credited rows and unattributed totals a source found for one {@link AttributionRequest}.
 *
 * @param groups the rows, in report order
 * @param unattributed the unattributed conversions and their revenue
 */
public record AttributionTotals(List<AttributionGroup> groups, ModelCredit unattributed) {

    public AttributionTotals {
        groups = List.copyOf(groups);
    }
}
