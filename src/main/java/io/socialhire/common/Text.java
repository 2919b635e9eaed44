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

    /** Characters of the letter classes that show nothing: Hangul fillers, the Braille blank. */
    private static final String FILLERS = "\u115F\u1160\u3164\uFFA0\u2800";

    /**
     * Whether a reader would see anything: false for text made only of spaces, line breaks, control
     * and format characters (zero-width spaces and joiners, direction marks, the byte order mark),
     * combining marks with nothing to combine with, and filler characters.
     */
    public static boolean hasVisibleCharacter(CharSequence value) {
        return value.codePoints().anyMatch(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c)
                || FILLERS.indexOf(c) >= 0
                || switch (Character.getType(c)) {
                    case Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                            Character.SURROGATE, Character.UNASSIGNED -> true;
                    default -> false;
                }));
    }

    /**
     * An id made from a name: ASCII lower case, words joined by '-', 2-64 characters, starting with a letter
     * ({@code fallback} is put in front when it would not).
     */
    public static String slug(String name, String fallback) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) {
            slug = fallback + "-" + slug;
        }
        return slug.length() > 64 ? slug.substring(0, 64) : slug.length() < 2 ? slug + "-" + fallback : slug;
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
