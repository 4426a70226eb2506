package com.penguinmails.streamjobs.classification;

import java.util.List;

/** One data line of a classification CSV file: its fields and where it came from, for error messages. */
record DataFileRow(String file, int line, List<String> fields) {

    /** Field {@code index}, trimmed. */
    String field(int index) {
        return fields.get(index).trim();
    }

    /** An exception naming this row's file and line. */
    ClassificationDataException error(String message, Throwable cause) {
        return new ClassificationDataException(file, line, message, cause);
    }

    ClassificationDataException error(String message) {
        return error(message, null);
    }

    /** Field {@code index} as a weight strictly between 0 and 1 (a probability that the evidence is right). */
    double weight(int index) {
        String text = field(index);
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw error("weight '" + text + "' is not a number", e);
        }
        if (!(value > 0.0 && value < 1.0)) {
            throw error("weight " + text + " must be greater than 0 and less than 1");
        }
        return value;
    }

    /** Field {@code index} as an engagement class code. */
    EngagementClass engagementClass(int index) {
        try {
            return EngagementClass.fromCode(field(index));
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), e);
        }
    }
}
