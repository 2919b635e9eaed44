package io.socialhire.common;

/** Echoing client input back in messages, safely. */
public final class Text {

    private Text() {
    }

    /** A query or path parameter that may reach SQL: control characters (NUL above all) are refused. */
    public static String requirePrintable(String value, String name) {
        if (value != null && value.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw ApiException.invalid(name, "must not contain control characters");
        }
        return value;
    }

    /** Control characters replaced and long values cut, so a message stays one readable line. */
    public static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }
}
