package io.socialhire.platform;

import java.util.Locale;

/**
 * What a declared channel names.
 * <ul>
 *   <li>{@code USER}: an account in the platform's main handle namespace (a person, but also a brand page,
 *       organisation or channel when the platform does not distinguish them, e.g. GitHub orgs, Facebook pages,
 *       Telegram channels), or a personal site (blog, podcast).</li>
 *   <li>{@code COMMUNITY}: a space others join: subreddit, Discord server, Slack workspace, Facebook group,
 *       LinkedIn company/showcase/school page or group, Meetup group, forum, Medium publication, event.</li>
 * </ul>
 */
public enum IdentifierKind {
    USER,
    COMMUNITY;

    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException if unknown */
    public static IdentifierKind fromJson(String value) {
        if (value != null) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            for (IdentifierKind k : values()) {
                if (k.jsonValue().equals(v)) {
                    return k;
                }
            }
        }
        throw new IllegalArgumentException("unknown identifier kind: " + value);
    }
}
