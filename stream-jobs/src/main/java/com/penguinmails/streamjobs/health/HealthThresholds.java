package com.penguinmails.streamjobs.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/**
 * The limits that turn a sending scope's rates into a health status and a pause recommendation; see HEALTH.md for
 * the formulas and where the defaults come from. Rates are fractions (0.003 = 0.3 %).
 *
 * <pre>
 * health:
 *   minVolume: 100            # sends (delivered, for the complaint rate) a window needs before it is judged
 *   bounceWarning: 0.01
 *   bouncePause: 0.02         # auto-pause above this 24 h bounce rate
 *   complaintWarning: 0.001   # Google/Yahoo: stay below 0.1 %
 *   complaintCritical: 0.003  # Google/Yahoo: never reach 0.3 %
 *   blockWarning: 0.02
 *   blockPause: 0.10
 * </pre>
 */
public class HealthThresholds implements Serializable {

    private static final long serialVersionUID = 1L;

    @Min(1)
    private long minVolume = 100;
    @DecimalMin("0") @DecimalMax("1")
    private double bounceWarning = 0.01;
    @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
    private double bouncePause = 0.02;
    @DecimalMin("0") @DecimalMax("1")
    private double complaintWarning = 0.001;
    @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
    private double complaintCritical = 0.003;
    @DecimalMin("0") @DecimalMax("1")
    private double blockWarning = 0.02;
    @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
    private double blockPause = 0.10;

    /** Sends (for the complaint rate: deliveries) a window needs before its rates are judged. */
    @JsonProperty
    public long getMinVolume() {
        return minVolume;
    }

    @JsonProperty
    public void setMinVolume(long minVolume) {
        this.minVolume = minVolume;
    }

    /** Bounce rate above which a scope is in warning. */
    @JsonProperty
    public double getBounceWarning() {
        return bounceWarning;
    }

    @JsonProperty
    public void setBounceWarning(double bounceWarning) {
        this.bounceWarning = bounceWarning;
    }

    /** Bounce rate above which a scope is critical and a pause is recommended. */
    @JsonProperty
    public double getBouncePause() {
        return bouncePause;
    }

    @JsonProperty
    public void setBouncePause(double bouncePause) {
        this.bouncePause = bouncePause;
    }

    /** Complaint rate at or above which a scope is in warning (Google/Yahoo: keep below 0.1 %). */
    @JsonProperty
    public double getComplaintWarning() {
        return complaintWarning;
    }

    @JsonProperty
    public void setComplaintWarning(double complaintWarning) {
        this.complaintWarning = complaintWarning;
    }

    /** Complaint rate at or above which a scope is critical and a pause is recommended (Google/Yahoo: 0.3 %). */
    @JsonProperty
    public double getComplaintCritical() {
        return complaintCritical;
    }

    @JsonProperty
    public void setComplaintCritical(double complaintCritical) {
        this.complaintCritical = complaintCritical;
    }

    /** Block rate above which a scope is in warning. */
    @JsonProperty
    public double getBlockWarning() {
        return blockWarning;
    }

    @JsonProperty
    public void setBlockWarning(double blockWarning) {
        this.blockWarning = blockWarning;
    }

    /** Block rate above which a scope is critical and a pause is recommended. */
    @JsonProperty
    public double getBlockPause() {
        return blockPause;
    }

    @JsonProperty
    public void setBlockPause(double blockPause) {
        this.blockPause = blockPause;
    }
}
