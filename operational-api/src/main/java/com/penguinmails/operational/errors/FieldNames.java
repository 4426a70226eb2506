package com.penguinmails.operational.errors;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the path of a constraint violation into the name of the field as clients write it: snake_case JSON property
 * names joined with dots ({@code channels[0].target}), or the bare name of a query, path or header parameter.
 */
final class FieldNames {

    private static final String[] PARAMETER_PREFIXES = {"query param ", "path param ", "header ", "form field ",
        "cookie ", "matrix param "};

    private FieldNames() {
    }

    /** The client-facing name of the field a violation at {@code path} is about; {@code body} for the entity itself. */
    static String of(Path path) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getName() == null) {
                    continue;
                }
                String name = snakeCase(node.getName());
                properties.add(node.getIndex() != null ? name + "[" + node.getIndex() + "]" : name);
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        if (parameter == null || parameter.startsWith("arg") || parameter.equals("The request body")) {
            return "body";
        }
        for (String prefix : PARAMETER_PREFIXES) {
            if (parameter.startsWith(prefix)) {
                return parameter.substring(prefix.length());
            }
        }
        return parameter;
    }

    /** {@code contactId} -> {@code contact_id}; names already in snake_case are unchanged. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
