package com.penguinmails.operational.billing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plan catalogue, in configuration order, looked up by code. */
public final class Plans {

    private final Map<String, Plan> byCode = new LinkedHashMap<>();

    /** @throws IllegalArgumentException when two plans share a code */
    public Plans(List<Plan> plans) {
        for (Plan plan : plans) {
            if (byCode.putIfAbsent(plan.code(), plan) != null) {
                throw new IllegalArgumentException("two billing plans have the code " + plan.code());
            }
        }
    }

    /** Every plan, in configuration order. */
    public List<Plan> all() {
        return List.copyOf(byCode.values());
    }

    /** The plan whose base fee is the Stripe price {@code priceId}, or empty. */
    public Optional<Plan> findByBasePrice(String priceId) {
        return byCode.values().stream().filter(plan -> plan.stripeBasePriceId().equals(priceId)).findFirst();
    }

    /** The plan {@code code}, or empty when the catalogue has none. */
    public Optional<Plan> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }
}
