package io.socialhire.candidate;

/** Strong ETags built from an entity's version. */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Accepts "3" and W/"3": a weak comparison is enough for a version number. */
    static boolean matches(String tag, long version) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        return t.equals(of(version));
    }
}
