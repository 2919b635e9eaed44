package io.socialhire.engine.claims;

import io.socialhire.engine.lang.Cue;
import io.socialhire.engine.lang.PhraseMatcher;
import io.socialhire.engine.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the venues an answer names: platforms by name, subreddits, handles, URLs, generic venues ("a forum", "my
 * blog") and the names communities go by ("the Blender Artists forum", "a Discord called Pixel Pals").
 */
final class VenueFinder {
    private static final java.util.Set<Cue> NOT_IN_NAMES = java.util.EnumSet.of(Cue.DETERMINER, Cue.PREPOSITION,
            Cue.POSSESSIVE_SELF, Cue.POSSESSIVE_WE, Cue.POSSESSIVE_OTHER, Cue.ACTOR_SELF, Cue.ACTOR_WE, Cue.CONJ_COORD,
            Cue.CONJ_CONTRAST, Cue.CONJ_SUB, Cue.COPULA, Cue.TIME_CURRENT, Cue.TIME_PAST, Cue.TIME_RECENT,
            Cue.FREQ_REGULAR, Cue.FREQ_OCCASIONAL, Cue.NEGATION);
    private static final long[] NOT_IN_NAMES_MASK = CueIndex.mask(NOT_IN_NAMES);
    private static final long[] ACTIVITY_MASK = CueIndex.activityMask();
    /** What a venue the catalog does not know follows: an activity, a copula or "I" ("I'm on Mumsnet"). */
    private static final long[] BEFORE_UNKNOWN_MASK = CueIndex.union(ACTIVITY_MASK,
            CueIndex.mask(java.util.EnumSet.of(Cue.COPULA, Cue.ACTOR_SELF)));
    private final VenueCatalog catalog;
    // compiled once: String.replaceFirst and String.matches compile their pattern on every call
    private static final Pattern LEADING_SLASH = Pattern.compile("^/");
    private static final Pattern SCHEME = Pattern.compile("^https?://");
    private static final Pattern WWW = Pattern.compile("^www\\.");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern SCHEME_OR_WWW = Pattern.compile("(?i)(https?://|www\\.).*");

    VenueFinder(VenueCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * A capitalized word that is also an ordinary noun, after an article and maybe one adjective, is the noun ("die
     * guten Threads", "the Medium"): German capitalizes every noun, and platforms are named without articles.
     */
    private static boolean afterArticle(List<Token> tokens, CueIndex cues, int i) {
        int k = i - 1;
        if (k >= 0 && tokens.get(k).kind() == Token.Kind.WORD && !tokens.get(k).capitalized() && !cues.coversAny(k)) {
            k--; // one adjective
        }
        return k >= 0 && tokens.get(k).kind() == Token.Kind.WORD && cues.covers(k, Cue.DETERMINER);
    }

    List<Venue> find(String text, List<Token> tokens, String[] forms, List<PhraseMatcher.Match<String>> generic,
                     CueIndex cues) {
        List<Venue> found = new ArrayList<>();
        for (PhraseMatcher.Match<VenueCatalog.Platform> m : catalog.find(tokens, forms)) {
            VenueCatalog.Platform p = m.payload();
            Token first = tokens.get(m.first());
            if (m.first() == m.last() && p.capitalizedOnly().contains(first.form())
                    && (!Character.isUpperCase(text.charAt(first.start())) || afterArticle(tokens, cues, m.first()))) {
                continue;
            }
            found.add(platformVenue(tokens, m.first(), m.last(), p, null, null));
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.kind()) {
                case SUBREDDIT -> {
                    String raw = LEADING_SLASH.matcher(text.substring(t.start(), t.end())).replaceFirst("");
                    VenueCatalog.Platform reddit = catalog.platform("reddit");
                    boolean user = raw.startsWith("u/") || raw.startsWith("U/");
                    found.add(new Venue(i, i, t.start(), t.end(), reddit == null ? null : reddit.id(), raw,
                            reddit == null ? "forum_community" : reddit.category(), user ? null : raw, user ? raw : null,
                            VenueKind.PUBLIC, false, false));
                }
                case HANDLE -> {
                    String raw = text.substring(t.start(), t.end());
                    boolean fedi = raw.indexOf('@', 1) > 0;
                    VenueCatalog.Platform mastodon = fedi ? catalog.platform("mastodon") : null;
                    found.add(new Venue(i, i, t.start(), t.end(), mastodon == null ? null : mastodon.id(), raw,
                            mastodon == null ? null : mastodon.category(), null, raw, VenueKind.PUBLIC, false, false));
                }
                case URL -> {
                    String raw = text.substring(t.start(), t.end());
                    String host = WWW.matcher(SCHEME.matcher(t.form()).replaceFirst("")).replaceFirst("");
                    int slash = host.indexOf('/');
                    host = slash >= 0 ? host.substring(0, slash) : host;
                    VenueCatalog.Platform owner = catalog.byHost(host);
                    if (!TRAILING_SLASHES.matcher(SCHEME.matcher(raw).replaceFirst("")).replaceFirst("").contains("/")) {
                        if (owner != null && !SCHEME_OR_WWW.matcher(raw).matches()) {
                            // "on dev.to", "itch.io": a platform named by its domain, not a link to its home page
                            found.add(platformVenue(tokens, i, i, owner, null, null));
                        }
                        continue; // another site's home page names the site, not anyone's presence on it
                    }
                    found.add(new Venue(i, i, t.start(), t.end(), owner == null ? null : owner.id(),
                            owner == null ? raw : owner.name(), owner == null ? "website" : owner.category(), null, raw,
                            owner != null && owner.privateTool() ? VenueKind.PRIVATE : VenueKind.PUBLIC, false, false));
                }
                default -> { }
            }
        }
        for (PhraseMatcher.Match<String> m : generic) {
            if (overlapsAny(found, m.first(), m.last())) {
                continue;
            }
            if (m.first() == m.last() && activityWord(cues, m.first()) && !nounContext(cues, m.first() - 1)
                    && !nounContext(cues, m.first() - 2)) {
                continue; // "I comment", "we chat": verbs, not the comments section or a chat
            }
            String category = m.payload();
            Token first = tokens.get(m.first());
            Token last = tokens.get(m.last());
            VenueKind kind = "offline_events".equals(category) ? VenueKind.OFFLINE : VenueKind.PUBLIC;
            found.add(new Venue(m.first(), m.last(), first.start(), last.end(), null,
                    text.substring(first.start(), last.end()), category, null, null, kind, true, false));
        }
        unknownPlatforms(text, tokens, cues, found);
        found.sort(Comparator.comparingInt(Venue::first));
        List<Venue> out = new ArrayList<>(found.size());
        boolean lowercase = lowercaseWriting(text, tokens);
        for (Venue v : found) {
            Venue named = named(text, tokens, cues, privacy(tokens, cues, v), found, lowercase);
            VenueCatalog.Platform p = named.platform() == null ? null : catalog.platform(named.platform());
            if (p != null && p.privateUnlessCommunity() && named.kind() == VenueKind.PUBLIC && named.community() == null
                    && !cues.any(Cue.PUBLIC_MARKER, Math.max(0, named.first() - 3), named.last() + 3)
                    && !namedElsewhere(found, text, tokens, cues, named.platform())) {
                named = named.withKind(VenueKind.PRIVATE);
            }
            if (named.community() == null && (cues.covers(named.first() - 1, Cue.POSSESSIVE_SELF)
                    || cues.covers(named.first() - 2, Cue.POSSESSIVE_SELF))) {
                named = named.owned(); // "my Instagram", "my own blog"
            }
            out.add(named);
        }
        // in an answer that names a private place, a channel or group named by kind alone is taken to be inside it
        if (out.stream().anyMatch(v -> v.kind() == VenueKind.PRIVATE)) {
            out.replaceAll(v -> v.generic() && v.community() == null && v.kind() == VenueKind.PUBLIC
                    && "chat_community".equals(v.category())
                    ? v.withKind(VenueKind.PRIVATE) : v);
        }
        return merge(out);
    }

    /**
     * "I'm on Mumsnet", "I post on Ravelry": a capitalized name right after an activity and "on"/"in" is a venue the
     * catalog does not know.
     */
    private static void unknownPlatforms(String text, List<Token> tokens, CueIndex cues, List<Venue> found) {
        for (int i = 2; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD || !Character.isUpperCase(text.charAt(t.start())) || cues.coversAny(i)
                    || cues.covers(i, Cue.CALENDAR_NAME)
                    || !cues.covers(i - 1, Cue.VENUE_PREPOSITION)) {
                continue;
            }
            // "I'm on Mumsnet", "active in Ravelry groups"; not "I'm in London"
            boolean afterActivity = cues.coversAnyOf(i - 2, BEFORE_UNKNOWN_MASK);
            if (!afterActivity || overlapsAny(found, i, i)) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && tokens.get(last + 1).kind() == Token.Kind.WORD
                    && Character.isUpperCase(text.charAt(tokens.get(last + 1).start())) && !cues.coversAny(last + 1)) {
                last++;
            }
            String name = text.substring(t.start(), tokens.get(last).end());
            found.add(new Venue(i, last, t.start(), tokens.get(last).end(), null, name, "website", name, null,
                    VenueKind.PUBLIC, false, false));
        }
    }

    private static Venue platformVenue(List<Token> tokens, int first, int last, VenueCatalog.Platform p,
                                       String community, String handle) {
        VenueKind kind = p.privateTool() ? VenueKind.PRIVATE
                : "offline_events".equals(p.category()) ? VenueKind.OFFLINE : VenueKind.PUBLIC;
        return new Venue(first, last, tokens.get(first).start(), tokens.get(last).end(), p.id(), p.name(), p.category(),
                community, handle, kind, false, false);
    }

    /** A private-channel cue right before a venue ("our company Slack", "an internal forum") makes it private. */
    private static Venue privacy(List<Token> tokens, CueIndex cues, Venue v) {
        if (v.kind() != VenueKind.PUBLIC) {
            return v;
        }
        for (int i = Math.max(0, v.first() - 3); i <= v.last() + 4; i++) {
            if (cues.covers(i, Cue.VENUE_PRIVATE) && !coordinatedApart(tokens, cues, v, i)) {
                return new Venue(v.first(), v.last(), v.start(), v.end(), v.platform(), v.name(), v.category(),
                        v.community(), v.handle(), VenueKind.PRIVATE, v.generic(), v.own());
            }
        }
        return v;
    }

    /**
     * "in comments and DMs": a private word in another conjunct names another place; the venue keeps its own kind.
     */
    private static boolean coordinatedApart(List<Token> tokens, CueIndex cues, Venue v, int privateWord) {
        int from = privateWord < v.first() ? privateWord + 1 : v.last() + 1;
        int to = privateWord < v.first() ? v.first() - 1 : privateWord - 1;
        for (int k = from; k <= to; k++) {
            if (tokens.get(k).kind() == Token.Kind.COMMA || cues.covers(k, Cue.CONJ_COORD)) {
                return true;
            }
        }
        return false;
    }

    /** An answer written without capitals (informal writing): names of communities cannot rely on capitals. */
    private static boolean lowercaseWriting(String text, List<Token> tokens) {
        int words = 0;
        int capitals = 0;
        for (Token t : tokens) {
            if (t.isWord() && t.form().length() > 1) {
                words++;
                capitals += t.capitalized() ? 1 : 0;
            }
        }
        return words >= 8 && capitals * 20 < words;
    }

    /** Attaches a community name written just before the venue ("the Blender Artists forum") or after "called". */
    private static Venue named(String text, List<Token> tokens, CueIndex cues, Venue v, List<Venue> all,
                               boolean lowercase) {
        if (v.community() != null || v.handle() != null && v.platform() == null) {
            return v;
        }
        int first = v.first();
        int k = v.first() - 1;
        while (k >= 0 && v.first() - k <= 4 && nameWord(text, tokens, k, cues, all, lowercase)) {
            first = k;
            k--;
        }
        String name = null;
        if (first < v.first()) {
            name = text.substring(tokens.get(first).start(), tokens.get(v.first() - 1).end());
        } else if (v.last() + 2 < tokens.size() && cues.covers(v.last() + 1, Cue.NAMING_WORD)) {
            int s = v.last() + 2;
            int e = s;
            while (e < tokens.size() && e - s < 4 && nameWord(text, tokens, e, cues, all, lowercase)) {
                e++;
            }
            if (e > s) {
                name = text.substring(tokens.get(s).start(), tokens.get(e - 1).end());
            }
        } else if (quoted(tokens, v.last() + 1) > 0) {
            int close = quoted(tokens, v.last() + 1);
            name = text.substring(tokens.get(v.last() + 2).start(), tokens.get(close - 1).end());
        } else if (v.last() + 1 < tokens.size() && tokens.get(v.last() + 1).kind() == Token.Kind.HASHTAG) {
            name = tokens.get(v.last() + 1).form();
        } else if (v.first() > 0 && tokens.get(v.first() - 1).kind() == Token.Kind.HASHTAG) {
            name = tokens.get(v.first() - 1).form();
        }
        if (name == null) {
            return v;
        }
        String display = v.generic() ? name + " " + v.name().toLowerCase(Locale.ROOT) : name + " (" + v.name() + ")";
        return new Venue(v.first(), v.last(), v.start(), v.end(), v.platform(), display, v.category(), name, v.handle(),
                v.kind(), false, v.own());
    }

    /** The index of the closing quote of a short quoted name starting at {@code open}, or -1. */
    private static int quoted(List<Token> tokens, int open) {
        if (open >= tokens.size() || tokens.get(open).kind() != Token.Kind.QUOTE) {
            return -1;
        }
        for (int k = open + 2; k < tokens.size() && k <= open + 7; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.QUOTE) {
                return k;
            }
            if (t.kind() == Token.Kind.FULL_STOP || t.kind() == Token.Kind.BREAK) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A word of a community's name: capitalized (any non-cue word in an answer written without capitals), not a
     * function word and not itself a platform ("Twitch chats" is no community's name).
     */
    private static boolean nameWord(String text, List<Token> tokens, int i, CueIndex cues, List<Venue> all,
                                    boolean lowercase) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.NUMBER) {
            return false;
        }
        if (t.kind() == Token.Kind.WORD && !Character.isUpperCase(text.charAt(t.start())) && !(lowercase && !cues.coversAny(i))) {
            return false;
        }
        for (Venue v : all) {
            if (v.platform() != null && i >= v.first() && i <= v.last()) {
                return false;
            }
        }
        // "I", sentence-initial words and function words ("On", "The") are not part of a community's name
        if (cues.covers(i, Cue.ACTOR_SELF) || i == 0 || tokens.get(i - 1).kind() == Token.Kind.FULL_STOP
                || tokens.get(i - 1).kind() == Token.Kind.BREAK) {
            return false;
        }
        return !cues.coversAnyOf(i, NOT_IN_NAMES_MASK);
    }

    /** "the CNCF Slack ... in the Slack": a platform named as a community once is that community later too. */
    private static boolean namedElsewhere(List<Venue> found, String text, List<Token> tokens, CueIndex cues, String platform) {
        for (Venue v : found) {
            if (platform.equals(v.platform()) && named(text, tokens, cues, v, found, false).community() != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean activityWord(CueIndex cues, int i) {
        return cues.coversAnyOf(i, ACTIVITY_MASK);
    }

    private static boolean nounContext(CueIndex cues, int i) {
        return cues.covers(i, Cue.DETERMINER) || cues.covers(i, Cue.PREPOSITION) || cues.covers(i, Cue.POSSESSIVE_SELF)
                || cues.covers(i, Cue.POSSESSIVE_WE) || cues.covers(i, Cue.POSSESSIVE_OTHER);
    }

    private static boolean overlapsAny(List<Venue> venues, int first, int last) {
        for (Venue v : venues) {
            if (first <= v.last() && last >= v.first()) {
                return true;
            }
        }
        return false;
    }

    /** Overlapping venues (a platform alias inside a longer one) collapse into the longest. */
    private static List<Venue> merge(List<Venue> sorted) {
        List<Venue> out = new ArrayList<>();
        for (Venue v : sorted) {
            if (!out.isEmpty()) {
                Venue prev = out.get(out.size() - 1);
                if (v.first() <= prev.last()) {
                    if (v.last() - v.first() > prev.last() - prev.first()) {
                        out.set(out.size() - 1, v);
                    }
                    continue;
                }
            }
            out.add(v);
        }
        return out;
    }
}
