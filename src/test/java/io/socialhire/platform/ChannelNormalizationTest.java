package io.socialhire.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChannelNormalizationTest {

    private static final PlatformCatalog C = PlatformCatalog.loadDefault();

    private static ChannelIdentity h(String platform, String handle) {
        return C.normalize(platform, handle, null);
    }

    private static ChannelIdentity u(String platform, String url) {
        return C.normalize(platform, null, url);
    }

    private static InvalidChannelException error(String platform, String handle, String url) {
        try {
            C.normalize(platform, handle, url);
        } catch (InvalidChannelException e) {
            assertThat(e.getMessage()).doesNotContain("[A-Z", "(?<", "\\", "Exception", "io.socialhire");
            return e;
        }
        throw new AssertionError("expected InvalidChannelException for " + platform + " " + handle + " " + url);
    }

    // ---------------------------------------------------------------- X

    @ParameterizedTest
    @ValueSource(strings = {"@JaneDoe", "JaneDoe", "janedoe", " @JaneDoe "})
    void xHandlesNormalize(String handle) {
        ChannelIdentity id = h("x", handle);
        assertThat(id.key()).isEqualTo("x:user:janedoe");
        assertThat(id.kind()).isEqualTo(IdentifierKind.USER);
        assertThat(id.platformId()).isEqualTo("x");
        assertThat(id.handle()).isEqualToIgnoringCase("JaneDoe").doesNotStartWith("@");
        assertThat(id.canonicalUrl()).isEqualToIgnoringCase("https://x.com/JaneDoe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x.com/janedoe", "https://twitter.com/JaneDoe?s=20", "http://www.x.com/JaneDoe/",
            "https://mobile.twitter.com/JaneDoe#top", "HTTPS://X.COM/JaneDoe", "//x.com/JaneDoe", "twitter.com//JaneDoe//"})
    void xUrlsNormalizeToSameKey(String url) {
        ChannelIdentity id = u("x", url);
        assertThat(id.key()).isEqualTo("x:user:janedoe");
        assertThat(id.canonicalUrl()).startsWith("https://x.com/").endsWithIgnoringCase("/janedoe");
    }

    @Test
    void xHandleAndUrlTogetherKeepHandleDisplayCase() {
        ChannelIdentity id = C.normalize("x", "@JaneDoe", "https://twitter.com/janedoe");
        assertThat(id.handle()).isEqualTo("JaneDoe");
        assertThat(id.canonicalUrl()).isEqualTo("https://x.com/JaneDoe");
        assertThat(id.key()).isEqualTo("x:user:janedoe");
    }

    @Test
    void urlTypedIntoHandleFieldIsAccepted() {
        assertThat(h("x", "https://x.com/JaneDoe").key()).isEqualTo("x:user:janedoe");
        assertThat(h("x", "x.com/JaneDoe").key()).isEqualTo("x:user:janedoe");
    }

    @Test
    void platformIdIsTrimmedAndCaseInsensitive() {
        assertThat(C.normalize(" X ", "jane", null).platformId()).isEqualTo("x");
    }

    // ---------------------------------------------------------------- LinkedIn

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "jane-doe|-", "in/jane-doe|-", "-|linkedin.com/in/jane-doe", "-|https://www.linkedin.com/in/Jane-Doe/",
            "-|https://uk.linkedin.com/in/jane-doe?trk=x", "-|https://www.linkedin.com/in/jane-doe/recent-activity/all/",
            "Jane-Doe|https://linkedin.com/in/jane-doe"})
    void linkedinProfiles(String handle, String url) {
        ChannelIdentity id = C.normalize("linkedin", handle, url);
        assertThat(id.key()).isEqualTo("linkedin:user:jane-doe");
        assertThat(id.kind()).isEqualTo(IdentifierKind.USER);
        assertThat(id.canonicalUrl()).isEqualToIgnoringCase("https://www.linkedin.com/in/jane-doe");
    }

    @Test
    void linkedinCompanyIsCommunityWithDistinctKey() {
        ChannelIdentity company = u("linkedin", "https://www.linkedin.com/company/acme/posts/?feedView=all");
        assertThat(company.kind()).isEqualTo(IdentifierKind.COMMUNITY);
        assertThat(company.key()).isEqualTo("linkedin:community:company/acme");
        assertThat(company.handle()).isEqualTo("company/acme");
        assertThat(company.canonicalUrl()).isEqualTo("https://www.linkedin.com/company/acme");
        assertThat(h("linkedin", "Company/Acme").key()).isEqualTo(company.key());
        assertThat(h("linkedin", "acme").key()).isEqualTo("linkedin:user:acme").isNotEqualTo(company.key());
        assertThat(u("linkedin", "linkedin.com/groups/12345").key()).isEqualTo("linkedin:community:groups/12345");
    }

    // ---------------------------------------------------------------- Reddit

    @Test
    void redditUserAndCommunityHaveDifferentKeys() {
        ChannelIdentity sub = h("reddit", "r/CommunityManager");
        assertThat(sub.kind()).isEqualTo(IdentifierKind.COMMUNITY);
        assertThat(sub.handle()).isEqualTo("r/CommunityManager");
        assertThat(sub.key()).isEqualTo("reddit:community:communitymanager");
        assertThat(sub.canonicalUrl()).isEqualTo("https://www.reddit.com/r/CommunityManager");

        ChannelIdentity user = h("reddit", "u/CommunityManager");
        assertThat(user.kind()).isEqualTo(IdentifierKind.USER);
        assertThat(user.handle()).isEqualTo("u/CommunityManager");
        assertThat(user.key()).isEqualTo("reddit:user:communitymanager").isNotEqualTo(sub.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/r/communitymanager", "https://old.reddit.com/r/CommunityManager/", "reddit.com/r/communitymanager/top/?t=all",
            "https://www.reddit.com/r/CommunityManager/comments/abc/some_post/"})
    void redditCommunityForms(String input) {
        assertThat(C.normalize("reddit", input.startsWith("/r") ? input : null, input.startsWith("/r") ? null : input).key())
                .isEqualTo("reddit:community:communitymanager");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane_doe", "u/jane_doe", "/u/Jane_Doe", "user/jane_doe", "https://www.reddit.com/user/jane_doe", "https://reddit.com/u/jane_doe/submitted/"})
    void redditUserForms(String input) {
        assertThat(C.normalize("reddit", input.startsWith("http") ? null : input, input.startsWith("http") ? input : null).key())
                .isEqualTo("reddit:user:jane_doe");
    }

    // ---------------------------------------------------------------- Mastodon

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "@jane@mastodon.social|-", "jane@Mastodon.Social|-", "-|https://mastodon.social/@jane",
            "-|https://mastodon.social/@Jane/", "-|https://mastodon.social/users/jane", "-|https://fosstodon.org/@jane@mastodon.social",
            "@jane@mastodon.social|https://mastodon.social/@jane"})
    void mastodonAddressesAndUrls(String handle, String url) {
        ChannelIdentity id = C.normalize("mastodon", handle, url);
        assertThat(id.key()).isEqualTo("mastodon:user:jane@mastodon.social");
        assertThat(id.handle()).isEqualToIgnoringCase("@jane@mastodon.social");
        assertThat(id.canonicalUrl()).isEqualToIgnoringCase("https://mastodon.social/@jane");
    }

    @Test
    void mastodonRejectsMismatchedInstanceAndBareNames() {
        assertThat(error("mastodon", "@jane@mastodon.social", "https://hachyderm.io/@jane").field()).isEqualTo("url");
        InvalidChannelException e = error("mastodon", "jane", null);
        assertThat(e.field()).isEqualTo("handle");
        assertThat(e.getMessage()).contains("@name@instance");
        assertThat(error("mastodon", null, "https://example.com/blog/post").field()).isEqualTo("url");
    }

    // ---------------------------------------------------------------- YouTube

    @ParameterizedTest
    @ValueSource(strings = {"@JaneDoe", "JaneDoe", "youtube.com/@janedoe", "https://www.youtube.com/@JaneDoe/videos", "https://m.youtube.com/@JaneDoe"})
    void youtubeHandles(String input) {
        ChannelIdentity id = h("youtube", input);
        assertThat(id.key()).isEqualTo("youtube:user:@janedoe");
        assertThat(id.handle()).startsWith("@");
        assertThat(id.canonicalUrl()).isEqualToIgnoringCase("https://www.youtube.com/@JaneDoe");
    }

    @Test
    void youtubeChannelIdsCustomAndLegacyNamespacesAreDistinct() {
        String chan = "UCabcdefghijklmnopqrstuv";
        ChannelIdentity c = u("youtube", "https://www.youtube.com/channel/" + chan + "/featured");
        assertThat(c.key()).isEqualTo("youtube:user:channel/" + chan);
        assertThat(c.canonicalUrl()).isEqualTo("https://www.youtube.com/channel/" + chan);
        assertThat(h("youtube", "channel/" + chan).key()).isEqualTo(c.key());
        assertThat(u("youtube", "youtube.com/c/JaneDoe").key()).isEqualTo("youtube:user:c/janedoe");
        assertThat(u("youtube", "youtube.com/user/JaneDoe").key()).isEqualTo("youtube:user:user/janedoe");
        assertThat(error("youtube", null, "https://youtu.be/dQw4w9WgXcQ").field()).isEqualTo("url");
    }

    // ---------------------------------------------------------------- GitHub

    @ParameterizedTest
    @ValueSource(strings = {"octo-cat", "@Octo-Cat", "github.com/octo-cat", "https://github.com/Octo-Cat/", "http://www.github.com/octo-cat?tab=repositories"})
    void github(String input) {
        assertThat(h("github", input).key()).isEqualTo("github:user:octo-cat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-octocat", "octo--cat", "octocat-", "a234567890123456789012345678901234567890"})
    void githubRejectsInvalidUsernames(String input) {
        InvalidChannelException e = error("github", input, null);
        assertThat(e.field()).isEqualTo("handle");
        assertThat(e.getMessage()).contains("GitHub username");
    }

    @Test
    void reservedPathsAreNotAccounts() {
        assertThat(error("github", null, "https://github.com/settings").getMessage()).contains("system page");
        assertThat(error("x", "home", null).getMessage()).contains("reserved");
        assertThat(error("x", null, "https://x.com/JaneDoe/status/123").field()).isEqualTo("url");
    }

    // ---------------------------------------------------------------- Discord, Slack, Substack, Stack Overflow

    @ParameterizedTest
    @ValueSource(strings = {"AbCd123", "discord.gg/AbCd123", "https://discord.gg/AbCd123", "https://discord.com/invite/AbCd123", "https://discordapp.com/invite/AbCd123/", "invite/AbCd123"})
    void discordInvites(String input) {
        ChannelIdentity id = h("discord", input);
        assertThat(id.kind()).isEqualTo(IdentifierKind.COMMUNITY);
        assertThat(id.key()).isEqualTo("discord:community:AbCd123");
        assertThat(id.canonicalUrl()).isEqualTo("https://discord.gg/AbCd123");
    }

    @Test
    void discordInviteCodesAreCaseSensitive() {
        assertThat(h("discord", "abcd123").key()).isNotEqualTo(h("discord", "AbCd123").key());
        assertThat(error("discord", null, "https://discord.com/channels/123/456").field()).isEqualTo("url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rands-leadership", "Rands-Leadership", "rands-leadership.slack.com", "https://rands-leadership.slack.com/", "https://rands-leadership.slack.com/archives/C123", "https://join.slack.com/t/rands-leadership/shared_invite/zt-abc"})
    void slackWorkspaces(String input) {
        ChannelIdentity id = h("slack", input);
        assertThat(id.kind()).isEqualTo(IdentifierKind.COMMUNITY);
        assertThat(id.key()).isEqualTo("slack:community:rands-leadership");
        assertThat(id.canonicalUrl()).isEqualTo("https://rands-leadership.slack.com");
    }

    @Test
    void slackRejectsNonWorkspaceHosts() {
        assertThat(error("slack", null, "https://app.slack.com/client/T123").field()).isEqualTo("url");
        assertThat(error("slack", null, "https://slack.com/").field()).isEqualTo("url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"janedoe", "janedoe.substack.com", "https://janedoe.substack.com/p/my-post?utm_source=x", "https://JaneDoe.substack.com"})
    void substackNewsletters(String input) {
        ChannelIdentity id = h("substack", input);
        assertThat(id.key()).isEqualTo("substack:user:janedoe");
        assertThat(id.canonicalUrl()).isEqualTo("https://janedoe.substack.com");
    }

    @Test
    void substackProfilesAreASeparateNamespace() {
        assertThat(u("substack", "https://substack.com/@janedoe").key()).isEqualTo("substack:user:@janedoe");
        assertThat(h("substack", "@JaneDoe").key()).isEqualTo("substack:user:@janedoe");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "12345|-", "12345/jane-doe|-", "users/12345/jane-doe|-", "-|https://stackoverflow.com/users/12345/jane-doe",
            "-|stackoverflow.com/users/12345", "-|https://stackoverflow.com/users/12345/jane-doe?tab=profile",
            "12345|https://stackoverflow.com/users/12345/other-name"})
    void stackOverflowUsersKeyOnNumericId(String handle, String url) {
        ChannelIdentity id = C.normalize("stack_overflow", handle, url);
        assertThat(id.key()).isEqualTo("stack_overflow:user:12345");
        assertThat(id.canonicalUrl()).startsWith("https://stackoverflow.com/users/12345");
    }

    @Test
    void stackOverflowCanonicalKeepsSlug() {
        assertThat(u("stack_overflow", "https://stackoverflow.com/users/12345/jane-doe/").canonicalUrl())
                .isEqualTo("https://stackoverflow.com/users/12345/jane-doe");
        assertThat(error("stack_overflow", null, "https://es.stackoverflow.com/users/12345").field()).isEqualTo("url");
    }

    // ---------------------------------------------------------------- other platforms

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "facebook|https://www.facebook.com/groups/communitymanagers/|facebook:community:communitymanagers|COMMUNITY",
            "facebook|groups/CommunityManagers|facebook:community:communitymanagers|COMMUNITY",
            "facebook|https://m.facebook.com/jane.doe.5|facebook:user:jane.doe.5|USER",
            "facebook|https://www.facebook.com/profile.php?id=1000123456|facebook:user:1000123456|USER",
            "instagram|@jane.doe|instagram:user:jane.doe|USER",
            "threads|https://www.threads.net/@jane.doe|threads:user:jane.doe|USER",
            "bluesky|@Jane.bsky.social|bluesky:user:jane.bsky.social|USER",
            "bluesky|https://bsky.app/profile/jane.bsky.social|bluesky:user:jane.bsky.social|USER",
            "tiktok|https://www.tiktok.com/@jane.doe?lang=en|tiktok:user:jane.doe|USER",
            "twitch|https://www.twitch.tv/JaneStreams/videos|twitch:user:janestreams|USER",
            "kick|kick.com/janestreams|kick:user:janestreams|USER",
            "gitlab|https://gitlab.com/jane.doe|gitlab:user:jane.doe|USER",
            "dev_to|https://dev.to/janedoe|dev_to:user:janedoe|USER",
            "hashnode|janedoe.hashnode.dev|hashnode:user:blog/janedoe|USER",
            "hashnode|https://hashnode.com/@janedoe|hashnode:user:@janedoe|USER",
            "medium|@jane.doe|medium:user:@jane.doe|USER",
            "medium|https://medium.com/@Jane.Doe/my-story-123abc|medium:user:@jane.doe|USER",
            "medium|https://jane.doe.medium.com/|medium:user:@jane.doe|USER",
            "medium|https://medium.com/better-programming|medium:community:better-programming|COMMUNITY",
            "hacker_news|https://news.ycombinator.com/user?id=pg|hacker_news:user:pg|USER",
            "product_hunt|https://www.producthunt.com/@janedoe|product_hunt:user:janedoe|USER",
            "pinterest|https://www.pinterest.co.uk/janedoe/_created/|pinterest:user:janedoe|USER",
            "snapchat|https://www.snapchat.com/add/jane.doe|snapchat:user:jane.doe|USER",
            "whatsapp|https://whatsapp.com/channel/0029VaABCDEFGHIJKLMNOP12|whatsapp:community:channel/0029VaABCDEFGHIJKLMNOP12|COMMUNITY",
            "whatsapp|https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv|whatsapp:community:chat/AbCdEfGhIjKlMnOpQrStUv|COMMUNITY",
            "telegram|https://t.me/community_jobs|telegram:user:community_jobs|USER",
            "telegram|@Community_Jobs|telegram:user:community_jobs|USER",
            "tumblr|https://janedoe.tumblr.com/post/123|tumblr:user:janedoe|USER",
            "tumblr|https://www.tumblr.com/janedoe|tumblr:user:janedoe|USER",
            "quora|https://www.quora.com/profile/Jane-Doe-12|quora:user:jane-doe-12|USER",
            "quora|https://socialmedia.quora.com/|quora:community:socialmedia|COMMUNITY",
            "meetup|https://www.meetup.com/berlin-community-managers/events/|meetup:community:berlin-community-managers|COMMUNITY",
            "meetup|https://www.meetup.com/es-ES/berlin-community-managers/|meetup:community:berlin-community-managers|COMMUNITY",
            "steam|https://steamcommunity.com/id/janedoe/|steam:user:id/janedoe|USER",
            "steam|https://steamcommunity.com/groups/indiedevs|steam:community:groups/indiedevs|COMMUNITY",
            "steam|76561197960287930|steam:user:profiles/76561197960287930|USER",
            "xing|https://www.xing.com/profile/Jane_Doe|xing:user:jane_doe|USER",
            "weibo|https://weibo.com/u/1234567890|weibo:user:u/1234567890|USER"})
    void otherPlatforms(String platform, String input, String key, IdentifierKind kind) {
        ChannelIdentity id = h(platform, input);
        assertThat(id.key()).isEqualTo(key);
        assertThat(id.kind()).isEqualTo(kind);
        assertThat(id.canonicalUrl()).startsWith("https://");
        assertThat(h(platform, id.canonicalUrl()).key()).as("canonical URL round-trips").isEqualTo(key);
    }

    @Test
    void hackerNewsUsernamesAreCaseSensitive() {
        assertThat(h("hacker_news", "PG").key()).isEqualTo("hacker_news:user:PG");
        assertThat(error("hacker_news", "pg", "https://news.ycombinator.com/user?id=PG").field()).isEqualTo("url");
    }

    // ---------------------------------------------------------------- any-host platforms

    @ParameterizedTest
    @ValueSource(strings = {"janedoe.dev/blog", "https://janedoe.dev/blog/", "http://www.JaneDoe.dev/blog?utm=1#x", "HTTPS://JANEDOE.DEV/blog"})
    void blogOnAnyHostKeysOnHostAndPath(String url) {
        ChannelIdentity id = u("blog", url);
        assertThat(id.key()).isEqualTo("blog:user:janedoe.dev/blog");
        assertThat(id.canonicalUrl()).isEqualTo("https://janedoe.dev/blog");
        assertThat(id.handle()).isEqualTo("janedoe.dev/blog");
    }

    @Test
    void blogHandleIsADomainAndMustMatchUrlHost() {
        assertThat(h("blog", "janedoe.dev").key()).isEqualTo("blog:user:janedoe.dev");
        assertThat(C.normalize("blog", "janedoe.dev", "https://janedoe.dev/posts").key()).isEqualTo("blog:user:janedoe.dev/posts");
        assertThat(error("blog", "janedoe.dev", "https://other.dev/posts").field()).isEqualTo("url");
    }

    @Test
    void forumPodcastAndEventsAcceptAnyHost() {
        ChannelIdentity forum = u("forum", "https://community.example.org/u/jane");
        assertThat(forum.kind()).isEqualTo(IdentifierKind.COMMUNITY);
        assertThat(forum.key()).isEqualTo("forum:community:community.example.org/u/jane");
        assertThat(u("podcast", "https://podcasts.apple.com/us/podcast/the-show/id123456").key())
                .isEqualTo("podcast:user:podcasts.apple.com/us/podcast/the-show/id123456");
        assertThat(u("offline_event", "https://www.eventbrite.com/e/social-summit-123").kind()).isEqualTo(IdentifierKind.COMMUNITY);
    }

    @Test
    void normalizeIsSafeToCallConcurrently() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<String>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String input = i % 2 == 0 ? "https://twitter.com/JaneDoe?s=" + i : "@JaneDoe";
                futures.add(pool.submit(() -> C.normalize("x", input, null).key()));
            }
            for (java.util.concurrent.Future<String> f : futures) {
                assertThat(f.get()).isEqualTo("x:user:janedoe");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- rejections

    @ParameterizedTest
    @ValueSource(strings = {"jane doe", "jane\tdoe", "jane\u0000doe", "jane\u200bdoe", "jane!", "jäne", "a1234567890123456"})
    void xRejectsBadHandles(String handle) {
        InvalidChannelException e = error("x", handle, null);
        assertThat(e.field()).isEqualTo("handle");
    }

    @Test
    void xBadCharacterMessageIsHumanReadable() {
        InvalidChannelException e = error("x", "jane!", null);
        assertThat(e.getMessage()).isEqualTo("not a valid X handle: 1-15 letters, digits or underscores");
    }

    @Test
    void tooLongInputsAreRejected() {
        InvalidChannelException longHandle = error("blog", "a".repeat(101), null);
        assertThat(longHandle.field()).isEqualTo("handle");
        assertThat(longHandle.getMessage()).contains("too long");
        InvalidChannelException longUrl = error("blog", null, "https://example.com/" + "a".repeat(2030));
        assertThat(longUrl.field()).isEqualTo("url");
        assertThat(longUrl.getMessage()).contains("too long");
        assertThat(u("blog", "https://example.com/" + "a".repeat(2000)).key()).startsWith("blog:user:example.com/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/JaneDoe", "https://x.com.evil.com/JaneDoe", "https://evilx.com/JaneDoe", "https://facebook.com/JaneDoe"})
    void wrongHostIsRejected(String url) {
        InvalidChannelException e = error("x", null, url);
        assertThat(e.field()).isEqualTo("url");
        assertThat(e.getMessage()).startsWith("this URL is not on X (Twitter) (expected x.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,hi", "ftp://x.com/JaneDoe", "mailto:jane@x.com", "file:///etc/passwd"})
    void nonHttpSchemesAreRejected(String url) {
        InvalidChannelException e = error("x", null, url);
        assertThat(e.field()).isEqualTo("url");
        assertThat(e.getMessage()).isEqualTo("only http and https URLs are allowed");
        assertThat(error("blog", null, url).field()).isEqualTo("url");
    }

    @Test
    void javascriptInHandleFieldIsRejectedAsHandle() {
        assertThat(error("blog", "javascript:alert(1)", null).field()).isEqualTo("handle");
        assertThat(error("x", "javascript:alert(1)", null).field()).isEqualTo("handle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pass@x.com/JaneDoe", "https://x.com@evil.com/JaneDoe", "https://jane@x.com/JaneDoe"})
    void userInfoIsRejected(String url) {
        InvalidChannelException e = error("x", null, url);
        assertThat(e.field()).isEqualTo("url");
        assertThat(e.getMessage()).contains("user name or password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/blog", "http://localhost:8080/", "https://[::1]/x", "https:///nohost", "https://exa mple.com", "https://ex\u0000ample.com"})
    void nonPublicOrMalformedUrlsAreRejected(String url) {
        assertThat(error("blog", null, url).field()).isEqualTo("url");
    }

    @Test
    void adversarialInputsAreRejectedQuickly() {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () -> {
            String longLabel = "a-".repeat(1000) + "!";
            assertThat(error("blog", null, "https://" + longLabel).field()).isEqualTo("url");
            assertThat(error("bluesky", "a.".repeat(49) + "-", null).field()).isEqualTo("handle");
            assertThat(error("mastodon", "@jane@" + "a.".repeat(46) + "-", null).field()).isEqualTo("handle");
            assertThat(error("github", "a-".repeat(49) + "-", null).field()).isEqualTo("handle");
            assertThat(error("x", null, "https://x.com/" + "a/".repeat(1000)).field()).isEqualTo("url");
        });
    }

    @Test
    void handleUrlMismatchIsRejected() {
        InvalidChannelException e = error("x", "@JaneDoe", "https://x.com/JohnDoe");
        assertThat(e.field()).isEqualTo("url");
        assertThat(e.getMessage()).contains("different");
        assertThat(error("reddit", "u/jane_doe", "https://reddit.com/r/jane_doe").field()).isEqualTo("url");
    }

    @Test
    void unknownPlatformIsRejected() {
        InvalidChannelException e = error("myspace", "jane", null);
        assertThat(e.field()).isEqualTo("platform");
        assertThat(e.getMessage()).isEqualTo("unknown platform 'myspace'");
        assertThat(error(null, "jane", null).field()).isEqualTo("platform");
        assertThat(error("twitter", "jane", null).field()).as("aliases are not ids").isEqualTo("platform");
    }

    @Test
    void handleOrUrlIsRequired() {
        InvalidChannelException e = error("x", null, "  ");
        assertThat(e.field()).isEqualTo("handle");
        assertThat(e.getMessage()).contains("handle or a URL is required");
    }

    @Test
    void redditBareCommunityNameDefaultsToUserAndInvalidSubredditExplainsPrefix() {
        InvalidChannelException e = error("reddit", "r/a", null);
        assertThat(e.getMessage()).isEqualTo("not a valid subreddit: r/ followed by 2-21 letters, digits or underscores");
        InvalidChannelException multi = error("reddit", "!!", null);
        assertThat(multi.getMessage()).contains("subreddit").contains("Reddit username");
    }
}
