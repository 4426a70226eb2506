package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

/**
 * Configuration {@code deliverabilityThresholds}: the complaint and bounce limits rows are judged against, as
 * fractions, with the defaults of {@link DeliverabilityThresholds#DEFAULTS}.
 */
public class DeliverabilityThresholdsFactory {

    @DecimalMin("0") @DecimalMax("1")
    private double complaintWarning = DeliverabilityThresholds.DEFAULTS.complaint().warning();

    @DecimalMin("0") @DecimalMax("1")
    private double complaintCritical = DeliverabilityThresholds.DEFAULTS.complaint().critical();

    @DecimalMin("0") @DecimalMax("1")
    private double bounceWarning = DeliverabilityThresholds.DEFAULTS.bounce().warning();

    @DecimalMin("0") @DecimalMax("1")
    private double bounceCritical = DeliverabilityThresholds.DEFAULTS.bounce().critical();

    @Min(0)
    private long minVolume = DeliverabilityThresholds.DEFAULTS.minVolume();

    /** Complaints / delivered from which a row is a warning (default 0.001 = 0.1 %). */
    @JsonProperty
    public double getComplaintWarning() {
        return complaintWarning;
    }

    @JsonProperty
    public void setComplaintWarning(double complaintWarning) {
        this.complaintWarning = complaintWarning;
    }

    /** Complaints / delivered from which a row is critical (default 0.003 = 0.3 %). */
    @JsonProperty
    public double getComplaintCritical() {
        return complaintCritical;
    }

    @JsonProperty
    public void setComplaintCritical(double complaintCritical) {
        this.complaintCritical = complaintCritical;
    }

    /** Bounces / sent from which a row is a warning (default 0.02 = 2 %). */
    @JsonProperty
    public double getBounceWarning() {
        return bounceWarning;
    }

    @JsonProperty
    public void setBounceWarning(double bounceWarning) {
        this.bounceWarning = bounceWarning;
    }

    /** Bounces / sent from which a row is critical (default 0.05 = 5 %). */
    @JsonProperty
    public double getBounceCritical() {
        return bounceCritical;
    }

    @JsonProperty
    public void setBounceCritical(double bounceCritical) {
        this.bounceCritical = bounceCritical;
    }

    /** The smallest denominator (deliveries, sends) a rate is judged on (default 100). */
    @JsonProperty
    public long getMinVolume() {
        return minVolume;
    }

    @JsonProperty
    public void setMinVolume(long minVolume) {
        this.minVolume = minVolume;
    }

    @AssertTrue(message = "each warning level must not exceed its critical level")
    public boolean isOrdered() {
        return complaintWarning <= complaintCritical && bounceWarning <= bounceCritical;
    }

    /** The thresholds configured. */
    public DeliverabilityThresholds build() {
        return new DeliverabilityThresholds(new RateThreshold(complaintWarning, complaintCritical),
                new RateThreshold(bounceWarning, bounceCritical), minVolume);
    }
}
