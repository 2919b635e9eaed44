package io.socialhire.common;

/** Echoing client input back in messages, safely. */
public final class Text {

    private Text() {
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
