package com.penguinmails.streamjobs.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a classification data file: CSV with a header line, {@code #} comment lines and blank lines ignored, fields
 * optionally in double quotes (a doubled quote inside stands for one), so regular expressions may contain commas.
 */
final class DataFileReader {

    private DataFileReader() {
    }

    /**
     * The data rows of {@code file}, each with exactly the header's columns.
     *
     * @throws ClassificationDataException if the header differs from {@code expectedHeader}, a row has another number
     *     of fields or an unterminated quote, or the reader fails
     */
    static List<DataFileRow> read(Reader reader, String file, List<String> expectedHeader) {
        List<DataFileRow> rows = new ArrayList<>();
        boolean headerSeen = false;
        try (BufferedReader lines = new BufferedReader(reader)) {
            String text;
            int number = 0;
            while ((text = lines.readLine()) != null) {
                number++;
                if (text.isBlank() || text.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> fields = split(text, file, number);
                if (!headerSeen) {
                    List<String> header = fields.stream().map(String::trim).toList();
                    if (!header.equals(expectedHeader)) {
                        throw new ClassificationDataException(file, number,
                                "header must be " + String.join(",", expectedHeader) + " but is " + text);
                    }
                    headerSeen = true;
                    continue;
                }
                if (fields.size() != expectedHeader.size()) {
                    throw new ClassificationDataException(file, number, "expected " + expectedHeader.size()
                            + " fields (" + String.join(",", expectedHeader) + ") but found " + fields.size());
                }
                rows.add(new DataFileRow(file, number, fields));
            }
        } catch (IOException e) {
            throw new ClassificationDataException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        if (!headerSeen) {
            throw new ClassificationDataException(file, 0, "no header line " + String.join(",", expectedHeader));
        }
        return rows;
    }

    private static List<String> split(String line, String file, int number) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ClassificationDataException(file, number, "unterminated quoted field");
        }
        fields.add(field.toString());
        return fields;
    }
}
