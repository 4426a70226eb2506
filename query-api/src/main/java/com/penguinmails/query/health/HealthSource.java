package com.penguinmails.query.health;

import java.util.List;

/** Where scope health comes from: ClickHouse in the service. */
public interface HealthSource {

    /** The scopes answering {@code request}, each with its trend, in the report's order. */
    List<ScopeHealth> scopes(HealthRequest request);
}
