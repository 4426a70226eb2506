package com.penguinmails.query.abtest;

import com.penguinmails.query.campaigns.CampaignCounters;
import java.util.Objects;

/**
 * What one variant of a campaign did in the range.
 *
 * @param variant the variant's name ({@code ""} for messages sent without one)
 * @param counters its deliverability counters
 * @param conversions its last-touch attributed conversions; null when the filters make them unknowable
 */
public record VariantActivity(String variant, CampaignCounters counters, Long conversions) {

    public VariantActivity {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(counters, "counters");
    }
}
