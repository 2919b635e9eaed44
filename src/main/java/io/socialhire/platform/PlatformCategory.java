package io.socialhire.platform;

import java.util.Locale;

/** Platform categories; JSON form is lower_snake_case (e.g. {@code "chat_community"}). */
public enum PlatformCategory {
    MICROBLOG,
    PROFESSIONAL_NETWORK,
    SOCIAL_NETWORK,
    FORUM_COMMUNITY,
    CHAT_COMMUNITY,
    VIDEO,
    LIVE_STREAMING,
    BLOG_NEWSLETTER,
    DEVELOPER_COMMUNITY,
    PHOTO,
    PODCAST,
    OFFLINE_EVENTS,
    MESSAGING,
    Q_AND_A;

    /** The lower_snake_case string used in JSON. */
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the JSON string form (case-insensitive, trimmed).
     *
     * @throws IllegalArgumentException if the value is null or not a known category
     */
    public static PlatformCategory fromJson(String value) {
        if (value != null) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            for (PlatformCategory c : values()) {
                if (c.jsonValue().equals(v)) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("unknown platform category: " + value);
    }
}
