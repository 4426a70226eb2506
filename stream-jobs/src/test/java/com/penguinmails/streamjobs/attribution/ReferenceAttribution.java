package com.penguinmails.streamjobs.attribution;

import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The credits the attribution tables should hold, computed straight from the raw events for the tests, independently
 * of {@link AttributionCalculator}: for each conversion, the contact's human touches in [conversion - lookback,
 * conversion] sorted by (time, event id), and each model's textbook formula. Engagement classes come from the stored
 * events (the classifier has its own tests); everything else from the raw events.
 */
final class ReferenceAttribution {

    /** Credit (or revenue) per row key: conversion, model, campaign, variant, step ("" and 0 when unattributed). */
    record Key(String conversionId, String model, String campaignId, String variant, int step) {
    }

    final Map<Key, Double> credits = new HashMap<>();
    final Map<Key, Double> revenue = new HashMap<>();
    final Map<String, String> currencies = new HashMap<>();
    int conversions;
    int unattributed;
    int multiTouch;

    ReferenceAttribution(List<Event> events, Map<String, String> engagementClasses, Duration lookback,
            Duration halfLife) {
        Map<String, List<Event>> touchesByContact = new HashMap<>();
        for (Event event : events) {
            if (isHumanTouch(event, engagementClasses.get(event.getEventId()))) {
                touchesByContact.computeIfAbsent(event.getContactId(), c -> new ArrayList<>()).add(event);
            }
        }
        for (Event conversion : events) {
            if (conversion.getType() != EventType.conversion) {
                continue;
            }
            conversions++;
            long at = conversion.getOccurredAt().toEpochMilli();
            List<Event> journey = new ArrayList<>(touchesByContact.getOrDefault(conversion.getContactId(), List.of())
                    .stream().filter(t -> t.getOccurredAt().toEpochMilli() <= at
                            && t.getOccurredAt().toEpochMilli() >= at - lookback.toMillis()).toList());
            journey.sort(Comparator.comparing((Event t) -> t.getOccurredAt()).thenComparing(Event::getEventId));
            double value = conversion.getConversion().getValue() == null ? 0
                    : conversion.getConversion().getValue().doubleValue();
            String id = conversion.getEventId();
            currencies.put(id, conversion.getConversion().getCurrency() == null ? ""
                    : conversion.getConversion().getCurrency());
            if (journey.isEmpty()) {
                unattributed++;
                for (String model : List.of("first_touch", "last_touch", "linear", "time_decay", "position_based")) {
                    add(new Key(id, model, "", "", 0), 1, value);
                }
                continue;
            }
            if (journey.size() > 1) {
                multiTouch++;
            }
            int n = journey.size();
            double decayTotal = 0;
            for (Event touch : journey) {
                decayTotal += Math.pow(0.5, (at - touch.getOccurredAt().toEpochMilli()) / (double) halfLife.toMillis());
            }
            for (int i = 0; i < n; i++) {
                Event touch = journey.get(i);
                double decay = Math.pow(0.5, (at - touch.getOccurredAt().toEpochMilli()) / (double) halfLife.toMillis())
                        / decayTotal;
                double position = n == 1 ? 1 : n == 2 ? 0.5 : i == 0 || i == n - 1 ? 0.4 : 0.2 / (n - 2);
                Map<String, Double> byModel = Map.of(
                        "first_touch", i == 0 ? 1.0 : 0.0,
                        "last_touch", i == n - 1 ? 1.0 : 0.0,
                        "linear", 1.0 / n,
                        "time_decay", decay,
                        "position_based", position);
                String campaign = touch.getCampaignId() == null ? "" : touch.getCampaignId();
                String variant = touch.getVariant() == null ? "" : touch.getVariant();
                int step = touch.getSequenceStep() == null ? 0 : touch.getSequenceStep();
                byModel.forEach((model, credit) -> add(new Key(id, model, campaign, variant, step), credit,
                        credit * value));
            }
        }
    }

    private void add(Key key, double credit, double money) {
        credits.merge(key, credit, Double::sum);
        revenue.merge(key, money, Double::sum);
    }

    private static boolean isHumanTouch(Event event, String engagementClass) {
        if (event.getContactId() == null) {
            return false;
        }
        return switch (event.getType()) {
            case open -> "human".equals(engagementClass) || "image_proxy".equals(engagementClass);
            case click -> "human".equals(engagementClass);
            case reply -> event.getReply() == null || !event.getReply().getIsAutoReply();
            default -> false;
        };
    }
}
