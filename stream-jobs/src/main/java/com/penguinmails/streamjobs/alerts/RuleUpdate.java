package com.penguinmails.streamjobs.alerts;

import java.io.Serializable;
import java.util.Objects;

/**
 * One record of {@code control.alert-rules} as the stage applies it: a rule to add or replace, or the id of a rule
 * to delete (a tombstone).
 *
 * @param ruleId the rule concerned
 * @param rule the new rule; null to delete
 */
public record RuleUpdate(String ruleId, AlertRule rule) implements Serializable {

    /** Checks that a rule, when present, has this id. */
    public RuleUpdate {
        Objects.requireNonNull(ruleId, "ruleId");
        if (rule != null && !rule.ruleId().equals(ruleId)) {
            throw new IllegalArgumentException("Rule " + rule.ruleId() + " under id " + ruleId);
        }
    }

    /** Adds or replaces a rule. */
    public static RuleUpdate upsert(AlertRule rule) {
        return new RuleUpdate(rule.ruleId(), rule);
    }

    /** Deletes a rule. */
    public static RuleUpdate delete(String ruleId) {
        return new RuleUpdate(ruleId, null);
    }

    /** Whether this deletes the rule. */
    public boolean isDelete() {
        return rule == null;
    }
}
