package io.socialhire.common;

/** Strong ETags built from an entity's version, and the If-Match check that uses them. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Passes when If-Match is absent, "*", or lists the current version (weak tags accepted: a
     * version number has no byte-level meaning); otherwise 412, because someone wrote since.
     */
    public static void requireMatch(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(of(version))) {
                return;
            }
        }
        throw new ApiException(ProblemType.PRECONDITION_FAILED,
                "If-Match does not match the current version (ETag " + of(version)
                        + "); fetch the resource again and reapply your change.");
    }
}
