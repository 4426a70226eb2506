package com.penguinmails.ingestion.bounce;

/** Turns an HTML body into plain text good enough for phrase matching: tags dropped, block ends as line breaks. */
final class HtmlText {

    private HtmlText() {
    }

    static String of(String html) {
        StringBuilder out = new StringBuilder(Math.min(html.length(), 1 << 16));
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                String tag = html.substring(i + 1, Math.min(end, i + 6)).toLowerCase(java.util.Locale.ROOT);
                if (tag.startsWith("br") || tag.startsWith("/p") || tag.startsWith("/div") || tag.startsWith("/tr")
                        || tag.startsWith("p") || tag.startsWith("li") || tag.startsWith("/h")) {
                    out.append('\n');
                }
                i = end + 1;
            } else if (c == '&') {
                int end = html.lastIndexOf(';', Math.min(n - 1, i + 9));
                if (end > i) {
                    out.append(entity(html.substring(i + 1, end)));
                    i = end + 1;
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String entity(String name) {
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos", "#39" -> "'";
            default -> " ";
        };
    }
}
