package com.penguinmails.query.request;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The query-string parameters of one request, read strictly: unknown names and repeated parameters are errors rather
 * than silently ignored, so a misspelt filter can never widen an answer.
 */
public final class QueryParameters {

    /** How much of a caller's text an error message quotes back. */
    static final int QUOTED_TEXT_LIMIT = 64;

    private final Map<String, List<String>> values;

    /** @param values every parameter name with its values in request order, as decoded from the query string */
    public QueryParameters(Map<String, List<String>> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * Fails unless every given parameter name is one of {@code accepted}.
     *
     * @throws InvalidQueryParameterException naming the unknown parameters and the accepted ones
     */
    public void rejectUnknown(Set<String> accepted) {
        Set<String> unknown = values.keySet().stream()
                .filter(name -> !accepted.contains(name))
                .map(QueryParameters::quote)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            throw new InvalidQueryParameterException("unknown query parameter(s): " + String.join(", ", unknown)
                    + "; accepted: " + String.join(", ", new TreeSet<>(accepted)));
        }
    }

    /**
     * Returns the single value of {@code name}, or empty when it is absent.
     *
     * @throws InvalidQueryParameterException when the parameter is given more than once
     */
    public Optional<String> optional(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.size() > 1) {
            throw new InvalidQueryParameterException("query parameter '" + name + "' must be given at most once");
        }
        return given.stream().findFirst();
    }

    /**
     * Returns every value of a repeatable parameter in request order, empty when it is absent. Only for parameters a
     * view documents as repeatable (e.g. {@code campaign_id} of the campaign comparison); every other parameter is
     * read with {@link #optional} or {@link #required}, which refuse repetition. The caller checks the values.
     */
    public List<String> all(String name) {
        return List.copyOf(values.getOrDefault(name, List.of()));
    }

    /**
     * Returns the single value of {@code name}.
     *
     * @throws InvalidQueryParameterException when the parameter is absent, empty or repeated
     */
    public String required(String name) {
        String value = optional(name)
                .orElseThrow(() -> new InvalidQueryParameterException("missing required query parameter '" + name + "'"));
        if (value.isBlank()) {
            throw new InvalidQueryParameterException("query parameter '" + name + "' must not be empty");
        }
        return value;
    }

    /** Quotes caller-supplied text for an error message, cut short so a huge parameter cannot bloat the answer. */
    static String quote(String text) {
        String shown = text.length() <= QUOTED_TEXT_LIMIT ? text : text.substring(0, QUOTED_TEXT_LIMIT) + "...";
        return "'" + shown + "'";
    }
}
