package io.socialhire.candidate;

/** Request and response examples for the OpenAPI document, kept in one place. */
final class CandidateExamples {

    static final String CREATE = """
            {
              "fullName": "Ana Moreno",
              "email": "ana.moreno@example.com",
              "location": "Valencia, Spain",
              "headline": "Community manager for indie game studios",
              "tags": ["gaming", "spanish"],
              "ats": {"source": "greenhouse", "externalId": "48213377"},
              "channels": [
                {"platform": "reddit", "handle": "r/CommunityManager", "role": "moderator", "frequency": "weekly", "since": "2021-04"},
                {"platform": "X/Twitter", "handle": "@anamoreno", "role": "creator", "frequency": "daily"}
              ]
            }""";

    static final String CANDIDATE = """
            {
              "id": "0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69",
              "fullName": "Ana Moreno",
              "email": "ana.moreno@example.com",
              "location": "Valencia, Spain",
              "headline": "Community manager for indie game studios",
              "tags": ["gaming", "spanish"],
              "ats": {"source": "greenhouse", "externalId": "48213377"},
              "channels": [
                {"id": "5d1f8a3e-6c0b-4f7e-9a51-2b8c7d6e5f40", "platform": "reddit", "platformName": "Reddit", "kind": "community",
                 "handle": "r/CommunityManager", "profileUrl": "https://www.reddit.com/r/CommunityManager",
                 "role": "moderator", "frequency": "weekly", "since": "2021-04",
                 "createdAt": "2026-11-22T10:15:30Z", "updatedAt": "2026-11-22T10:15:30Z", "version": 0},
                {"id": "9a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "platform": "x", "platformName": "X (Twitter)", "kind": "user",
                 "handle": "anamoreno", "profileUrl": "https://x.com/anamoreno",
                 "role": "creator", "frequency": "daily",
                 "createdAt": "2026-11-22T10:15:30Z", "updatedAt": "2026-11-22T10:15:30Z", "version": 0}
              ],
              "createdAt": "2026-11-22T10:15:30Z",
              "updatedAt": "2026-11-22T10:15:30Z",
              "version": 0
            }""";

    static final String PAGE = """
            {
              "items": [
                {"id": "0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69", "fullName": "Ana Moreno", "email": "ana.moreno@example.com",
                 "tags": ["gaming"], "channels": [], "createdAt": "2026-11-22T10:15:30Z", "updatedAt": "2026-11-22T10:15:30Z", "version": 0}
              ],
              "nextCursor": "djF8MTc2Mzc5NjEzMDAwMDAwMHwwYjdlN2M3YS0yZjYxLTRmMmEtOGE4ZS0xZDJmM2M0YjVhNjk"
            }""";

    static final String PATCH = """
            {"headline": "Head of community, indie games", "phone": null, "tags": ["gaming", "lead"]}""";

    static final String CHANNEL_CREATE = """
            {"platform": "discord", "profileUrl": "https://discord.gg/indiedevs", "communityName": "Indie Devs Hangout",
             "role": "moderator", "frequency": "daily", "since": "2022-09"}""";

    static final String CHANNEL = """
            {"id": "5d1f8a3e-6c0b-4f7e-9a51-2b8c7d6e5f40", "platform": "discord", "platformName": "Discord", "kind": "community",
             "handle": "indiedevs", "profileUrl": "https://discord.gg/indiedevs", "communityName": "Indie Devs Hangout",
             "role": "moderator", "frequency": "daily", "since": "2022-09",
             "createdAt": "2026-11-22T10:15:30Z", "updatedAt": "2026-11-22T10:15:30Z", "version": 0}""";

    static final String CHANNEL_PAGE = "{\"items\": [" + CHANNEL + "]}";

    static final String CHANNEL_PATCH = """
            {"frequency": "weekly", "notes": "Runs the Friday feedback thread"}""";

    private CandidateExamples() {
    }
}
