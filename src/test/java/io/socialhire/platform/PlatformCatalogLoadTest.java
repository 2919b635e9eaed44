package io.socialhire.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformCatalogLoadTest {

    private static final PlatformCatalog CATALOG = PlatformCatalog.loadDefault();

    @Test
    void loadsDefaultCatalogWithAtLeast32Platforms() {
        assertThat(CATALOG.version()).isEqualTo(1);
        assertThat(CATALOG.all()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(CATALOG.all().get(0).id()).isEqualTo("x");
        assertThat(PlatformCatalog.loadDefault()).isSameAs(CATALOG);
    }

    @Test
    void containsTheRequiredPlatforms() {
        List<String> required = List.of("x", "linkedin", "facebook", "instagram", "threads", "bluesky", "mastodon",
                "reddit", "discord", "slack", "tiktok", "youtube", "twitch", "kick", "github", "gitlab",
                "stack_overflow", "dev_to", "hashnode", "medium", "substack", "hacker_news", "product_hunt",
                "pinterest", "snapchat", "whatsapp", "telegram", "tumblr", "quora", "meetup", "offline_event",
                "podcast", "blog", "forum", "steam", "xing");
        for (String id : required) {
            assertThat(CATALOG.byId(id)).as(id).isPresent();
        }
    }

    @Test
    void idsAndAliasesAreUniqueAcrossPlatforms() {
        Set<String> ids = new HashSet<>();
        Map<String, String> owner = new HashMap<>();
        for (Platform p : CATALOG.all()) {
            assertThat(ids.add(p.id())).as("duplicate id " + p.id()).isTrue();
            assertThat(p.id()).matches("[a-z][a-z0-9_]*");
            for (List<String> list : List.of(p.aliases(), p.aliasesStrict(), p.textAliases())) {
                for (String a : list) {
                    assertThat(a).isEqualTo(a.toLowerCase()).isEqualTo(a.trim());
                    String prev = owner.putIfAbsent(a, p.id());
                    assertThat(prev == null || prev.equals(p.id())).as("alias " + a + " in " + prev + " and " + p.id()).isTrue();
                }
            }
        }
    }

    @Test
    void everyCategoryIsValidAndAllCategoriesAreUsed() {
        Set<PlatformCategory> used = EnumSet.noneOf(PlatformCategory.class);
        for (Platform p : CATALOG.all()) {
            assertThat(p.category()).isNotNull();
            assertThat(PlatformCategory.fromJson(p.category().jsonValue())).isSameAs(p.category());
            used.add(p.category());
        }
        assertThat(used).containsExactlyInAnyOrder(PlatformCategory.values());
    }

    @Test
    void everyPlatformHasIdentifiersAndHttpsHomepage() {
        for (Platform p : CATALOG.all()) {
            assertThat(p.identifiers()).as(p.id()).isNotEmpty();
            assertThat(p.homepage()).startsWith("https://");
            assertThat(p.anyHost() || !p.hosts().isEmpty()).as(p.id()).isTrue();
        }
    }

    @Test
    void strictAliasesAreNeverTextAliases() {
        for (Platform p : CATALOG.all()) {
            for (String strict : p.aliasesStrict()) {
                assertThat(p.textAliases()).as(p.id()).doesNotContain(strict);
            }
        }
        assertThat(CATALOG.byId("x").orElseThrow().aliasesStrict()).contains("x");
        assertThat(CATALOG.byId("x").orElseThrow().textAliases()).doesNotContain("x").contains("tweets", "twitter");
        assertThat(CATALOG.byId("medium").orElseThrow().textAliases()).doesNotContain("medium").contains("medium.com");
        assertThat(CATALOG.byId("threads").orElseThrow().textAliases()).doesNotContain("threads");
        assertThat(CATALOG.byId("discord").orElseThrow().textAliases()).doesNotContain("discord").contains("discord server");
        assertThat(CATALOG.byId("slack").orElseThrow().textAliases()).doesNotContain("slack");
        assertThat(CATALOG.byId("meetup").orElseThrow().textAliases()).doesNotContain("meetup");
    }

    @Test
    void textPatternsDetectRedditCommunities() {
        Platform reddit = CATALOG.byId("reddit").orElseThrow();
        assertThat(reddit.textPatterns()).anyMatch(p -> p.matcher("I moderate r/CommunityManager daily").find());
        assertThat(reddit.textPatterns()).noneMatch(p -> p.matcher("our/their results").find());
    }

    @Test
    void textAliasIndexIsLongestFirstAndExcludesStrictAliases() {
        Map<String, String> idx = CATALOG.textAliasIndex();
        assertThat(idx).containsEntry("tweets", "x").containsEntry("subreddit", "reddit").containsEntry("linkedin", "linkedin")
                .containsEntry("discord server", "discord").containsEntry("medium.com", "medium")
                .doesNotContainKeys("x", "medium", "threads", "discord", "slack", "meetup", "twitch", "kick");
        int prev = Integer.MAX_VALUE;
        for (String k : idx.keySet()) {
            assertThat(k.length()).isLessThanOrEqualTo(prev);
            prev = k.length();
        }
        assertThatThrownBy(() -> idx.put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void categoryJsonRoundTrip() {
        assertThat(PlatformCategory.Q_AND_A.jsonValue()).isEqualTo("q_and_a");
        assertThat(PlatformCategory.fromJson(" Chat_Community ")).isEqualTo(PlatformCategory.CHAT_COMMUNITY);
        assertThatThrownBy(() -> PlatformCategory.fromJson("social")).isInstanceOf(IllegalArgumentException.class);
        assertThat(IdentifierKind.COMMUNITY.jsonValue()).isEqualTo("community");
        assertThat(IdentifierKind.fromJson("user")).isEqualTo(IdentifierKind.USER);
    }

    @Test
    void collectionsAreImmutable() {
        assertThatThrownBy(() -> CATALOG.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        Platform x = CATALOG.byId("x").orElseThrow();
        assertThatThrownBy(() -> x.aliases().add("y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> x.identifiers().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---------------------------------------------------------------- resolve

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "X/Twitter|x", "twitter|x", "Twitter (X)|x", "  TWITTER  |x", "x|x", "X (formerly Twitter)|x",
            "LinkedIn|linkedin", "linkedin.com|linkedin", "https://www.linkedin.com/in/jane|linkedin",
            "r/|reddit", "Reddit|reddit", "https://www.reddit.com|reddit", "old.reddit.com|reddit",
            "Stack Overflow|stack_overflow", "stack_overflow|stack_overflow", "DEV Community (dev.to)|dev_to",
            "Medium|medium", "medium.com|medium", "jane.substack.com|substack", "Threads|threads",
            "Discord|discord", "discord.gg|discord", "youtube channel|youtube", "twitch streams|twitch",
            "blogue|blog", "newsletter|blog", "Discourse|forum", "news.ycombinator.com|hacker_news",
            "Hacker News|hacker_news", "mastodon.social|mastodon", "Apple Podcasts|podcast",
            "Facebook groups|facebook", "Facebook / FB|facebook", "WhatsApp|whatsapp", "t.me|telegram",
            "r/CommunityManager|reddit", "@jane@fosstodon.org|mastodon", "Twitter o X|x"})
    void resolvesNamesAliasesCombosAndHosts(String input, String expectedId) {
        assertThat(CATALOG.resolve(input)).map(Platform::id).contains(expectedId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "myspace", "Slack / Discord", "LinkedIn / Behance", "example.com", "twitter.example.com.evil"})
    void resolveReturnsEmptyForUnknownOrAmbiguous(String input) {
        assertThat(CATALOG.resolve(input)).isEmpty();
    }

    @Test
    void resolveNullIsEmpty() {
        assertThat(CATALOG.resolve(null)).isEmpty();
        assertThat(CATALOG.byId(null)).isEmpty();
        assertThat(CATALOG.byId(" X ")).map(Platform::id).contains("x");
    }

    // ---------------------------------------------------------------- invalid catalogs fail fast

    private static InputStream json(String s) {
        return new ByteArrayInputStream(s.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    private static String platform(String id, String category, String aliases, String handlePattern) {
        return "{'id':'" + id + "','name':'" + id.toUpperCase() + "','category':'" + category + "',"
                + "'homepage':'https://" + id + ".com','aliases':[" + aliases + "],'hosts':['" + id + ".com'],"
                + "'identifiers':[{'kind':'user','label':'" + id + " handle','description':'letters',"
                + "'handlePattern':'" + handlePattern + "','canonicalUrl':'https://" + id + ".com/{handle}',"
                + "'urlPatterns':[{'path':'/(?<handle>[^/]+)'}]}]}";
    }

    @Test
    void loadsMinimalValidCatalog() {
        PlatformCatalog c = PlatformCatalog.load(json("{'version':3,'platforms':[" + platform("aa", "video", "'a1'", "[a-z]+") + "]}"));
        assertThat(c.version()).isEqualTo(3);
        assertThat(c.normalize("aa", "abc", null).key()).isEqualTo("aa:user:abc");
    }

    @Test
    void rejectsDuplicateIds() {
        String j = "{'version':1,'platforms':[" + platform("aa", "video", "'a1'", "[a-z]+") + ","
                + platform("aa", "video", "'a2'", "[a-z]+") + "]}";
        assertThatThrownBy(() -> PlatformCatalog.load(json(j)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("duplicate platform id 'aa'");
    }

    @Test
    void rejectsDuplicateAliasesAcrossPlatforms() {
        String j = "{'version':1,'platforms':[" + platform("aa", "video", "'shared'", "[a-z]+") + ","
                + platform("bb", "video", "'shared'", "[a-z]+") + "]}";
        assertThatThrownBy(() -> PlatformCatalog.load(json(j)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("alias 'shared'");
    }

    @Test
    void rejectsUnknownCategory() {
        String j = "{'version':1,'platforms':[" + platform("aa", "moving_pictures", "'a1'", "[a-z]+") + "]}";
        assertThatThrownBy(() -> PlatformCatalog.load(json(j)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown category 'moving_pictures'");
    }

    @Test
    void rejectsBadRegex() {
        String j = "{'version':1,'platforms':[" + platform("aa", "video", "'a1'", "[a-z+") + "]}";
        assertThatThrownBy(() -> PlatformCatalog.load(json(j)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad regex");
    }

    @Test
    void rejectsUppercaseAliasUnknownFieldsAndMalformedJson() {
        assertThatThrownBy(() -> PlatformCatalog.load(json("{'version':1,'platforms':[" + platform("aa", "video", "'Aa'", "[a-z]+") + "]}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> PlatformCatalog.load(json("{'version':1,'platforms':[" + platform("aa", "video", "'a1'", "[a-z]+").replace("'hosts'", "'hostz'") + "]}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown field 'hostz'");
        assertThatThrownBy(() -> PlatformCatalog.load(json("{'version':1,'platforms':[")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> PlatformCatalog.load(json("{'version':1,'platforms':[]}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("non-empty");
    }

    @Test
    void rejectsTemplateWithUnknownVariable() {
        String j = "{'version':1,'platforms':[" + platform("aa", "video", "'a1'", "[a-z]+").replace("{handle}'", "{nope}'") + "]}";
        assertThatThrownBy(() -> PlatformCatalog.load(json(j)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{nope}");
    }
}
