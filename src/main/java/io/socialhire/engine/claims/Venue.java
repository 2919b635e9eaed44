package io.socialhire.engine.claims;

/**
 * A venue named in the answer, at tokens {@code first..last}.
 *
 * @param platform  catalog platform id, or null for a generic venue (a forum, a blog) or an unknown handle
 * @param name      how to show it: "r/CommunityManager", "Reddit", "the Blender Artists forum", "a blog"
 * @param category  venue category (microblog, forum_community, chat_community, professional_network...)
 * @param community the community's own name when the answer gives one
 * @param handle    the candidate's handle or URL when given
 * @param generic   true for venues named only by kind ("a forum", "my blog")
 * @param own       the candidate's own channel ("my Instagram", "my blog"), not a community of others
 */
public record Venue(int first, int last, int start, int end, String platform, String name, String category,
                    String community, String handle, VenueKind kind, boolean generic, boolean own) {

    public Venue withKind(VenueKind other) {
        return new Venue(first, last, start, end, platform, name, category, community, handle, other, generic, own);
    }

    public Venue owned() {
        return new Venue(first, last, start, end, platform, name, category, community, handle, kind, generic, true);
    }

    public boolean professionalNetwork() {
        return "professional_network".equals(category);
    }

    /** Same venue for counting and merging: platform plus community (or name for generic venues). */
    public String key() {
        String place = platform != null ? platform : "generic:" + category;
        return place + "|" + (community != null ? community.toLowerCase(java.util.Locale.ROOT) : "");
    }
}
