package com.penguinmails.streamjobs.alerts;

/**
 * A rule's metric over its window at one time.
 *
 * @param value the metric's value
 * @param volume the window's volume (the metric's denominator)
 * @param holds whether the rule's condition holds: enough volume and the value on the alerting side
 */
public record Observation(double value, long volume, boolean holds) {
}
