package com.penguinmails.operational.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which audit records of one tenant to read, as a SQL condition with named parameters (values are always bound, never
 * spliced). Every field but the tenant is optional (null: no restriction).
 *
 * @param tenantId the tenant whose records are read
 * @param actor exactly this actor
 * @param action exactly this action
 * @param targetType exactly this target type
 * @param targetId exactly this target id
 * @param from records at or after this instant
 * @param to records before this instant
 * @param before records with an id below this cursor (keyset pagination, newest first)
 */
public record AuditFilter(String tenantId, String actor, String action, String targetType, String targetId,
        Instant from, Instant to, Long before) {

    /** The WHERE condition, without the keyword. */
    public String condition() {
        StringBuilder sql = new StringBuilder("tenant_id = :tenant_id");
        parameters().keySet().stream().filter(name -> !name.equals("tenant_id")).forEach(name -> sql.append(switch (name) {
            case "from" -> " AND occurred_at >= :from";
            case "to" -> " AND occurred_at < :to";
            case "before" -> " AND id < :before";
            default -> " AND " + name + " = :" + name;
        }));
        return sql.toString();
    }

    /** The values of the condition's parameters, by name. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("tenant_id", tenantId);
        putIfPresent(parameters, "actor", actor);
        putIfPresent(parameters, "action", action);
        putIfPresent(parameters, "target_type", targetType);
        putIfPresent(parameters, "target_id", targetId);
        putIfPresent(parameters, "from", from);
        putIfPresent(parameters, "to", to);
        putIfPresent(parameters, "before", before);
        return parameters;
    }

    /** The same filter, for the page after the record {@code id}. */
    public AuditFilter after(long id) {
        return new AuditFilter(tenantId, actor, action, targetType, targetId, from, to, id);
    }

    private static void putIfPresent(Map<String, Object> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
