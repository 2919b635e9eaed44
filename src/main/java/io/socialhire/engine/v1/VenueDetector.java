package io.socialhire.engine.v1;

import io.socialhire.engine.v1.TextAnalyzer.Clause;
import io.socialhire.engine.v1.TextAnalyzer.Hit;
import io.socialhire.engine.v1.TextAnalyzer.Kind;
import io.socialhire.engine.v1.TextAnalyzer.Venue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where an answer says participation happens: platforms named by alias, r/... and u/..., @handles and
 * fediverse handles, URLs (credited to the platform owning the host), #hashtags, generic venues ("a forum") and
 * named communities ("the Blender Artists forum"; not in German, which capitalises every noun). Immutable and
 * thread-safe after construction.
 */
final class VenueDetector {

    private static final Pattern SUBREDDIT = Pattern.compile("(?<![A-Za-z0-9_/])/?r/([A-Za-z0-9_]{2,21})");
    private static final Pattern REDDIT_USER = Pattern.compile("(?<![A-Za-z0-9_/])/?u/([A-Za-z0-9_-]{2,20})");
    private static final Pattern FEDI_HANDLE = Pattern.compile(
            "(?<![A-Za-z0-9_.@])@([A-Za-z0-9_.]{1,30})@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)");
    private static final Pattern HANDLE = Pattern.compile(
            "(?<![A-Za-z0-9_.@])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?)(?![A-Za-z0-9_@])");
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>()\"']+"
            + "|\\b(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*"
            + "\\.(?:com|org|net|io|dev|social|tv|gg|me|app|blog|co|xyz|news|community)(?:/[^\\s<>()\"']*)?");
    private static final Pattern HASHTAG = Pattern.compile("(?<![A-Za-z0-9_&#])#([A-Za-z][A-Za-z0-9_]{1,49})");

    private final Map<String, VenuePlatform> platformsById;
    // platforms of r/..., u/... and user@server handles, looked up once (null when the catalog lacks them)
    private final String reddit;
    private final String redditCategory;
    private final String mastodon;
    private final String mastodonCategory;

    VenueDetector(Collection<VenuePlatform> platforms) {
        Map<String, VenuePlatform> byId = new LinkedHashMap<>();
        for (VenuePlatform pl : platforms) {
            byId.put(pl.id(), pl);
        }
        this.platformsById = byId;
        this.reddit = byId.containsKey("reddit") ? "reddit" : null;
        this.redditCategory = reddit != null ? byId.get(reddit).category() : "forum_community";
        this.mastodon = byId.containsKey("mastodon") ? "mastodon" : null;
        this.mastodonCategory = mastodon != null ? byId.get(mastodon).category() : "microblog";
    }

    VenuePlatform platform(String id) {
        return id == null ? null : platformsById.get(id);
    }

    /**
     * Finds the answer's venues and adds each to the clause it starts in; adds generic venues ("a forum") and named
     * communities per clause.
     *
     * @param text the answer as written: handles, URLs and community names keep their case
     * @param fc the folded answer
     * @param hits the hits of the answer's language, in text order
     * @return whether the answer names any venue, generic ones included
     */
    boolean find(String text, char[] fc, List<Hit> hits, List<Clause> clauses, String language) {
        List<Venue> venues = new ArrayList<>();
        for (Hit h : hits) {
            if (h.kind() == Kind.PLATFORM) {
                venues.add(new Venue(h.entry().platformId(), h.entry().platformCategory(), null, null, h.start(),
                        h.end(), "platform"));
            }
        }
        findPatternVenues(text, fc, venues);
        boolean anyVenue = !venues.isEmpty();
        for (Venue v : venues) {
            Clause c = clauseAt(clauses, v.start());
            if (c != null) {
                c.venues.add(v);
            }
        }
        for (Clause c : clauses) {
            boolean hasPlatform = false;
            for (Venue v : c.venues) {
                if (v.platformId() != null) {
                    hasPlatform = true;
                    break;
                }
            }
            for (Hit h : c.hits) {
                String cat = h.entry().genericCategory();
                if (cat != null) {
                    boolean qualifier = h.kind() == Kind.GENERIC_GROUP || h.kind() == Kind.GENERIC_CHAT;
                    boolean sameCategory = false;
                    for (Venue v : c.venues) {
                        if (v.platformId() != null && cat.equals(v.category())) {
                            sameCategory = true;
                            break;
                        }
                    }
                    if (!(qualifier && hasPlatform) && !sameCategory) {
                        c.venues.add(new Venue(null, cat, null, null, h.start(), h.end(), "generic"));
                        anyVenue = true;
                    }
                } else if (h.kind() == Kind.COMMUNITY_NOUNS || h.kind() == Kind.PLATFORM) {
                    if (!language.equals("de")) {
                        Venue named = namedCommunity(text, h, c);
                        if (named != null) {
                            c.venues.add(named);
                        }
                    }
                }
            }
            c.venues.sort((x, y) -> Integer.compare(x.start(), y.start()));
            dedupeNamed(c.venues);
        }
        return anyVenue;
    }

    private static Clause clauseAt(List<Clause> clauses, int pos) {
        int lo = 0;
        int hi = clauses.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Clause c = clauses.get(mid);
            if (pos < c.start) {
                hi = mid - 1;
            } else if (pos >= c.end) {
                lo = mid + 1;
            } else {
                return c;
            }
        }
        return null;
    }

    /**
     * r/..., u/..., @handles, fediverse handles, URLs and #hashtags. Only whitespace-delimited tokens that contain
     * '/', '@', '#' or an inner '.' are examined, so the regexes run on a few short strings. The scan looks for
     * those characters in the folded text (folding keeps them and maps nothing else to them) and finds a token's
     * bounds only around one, so most characters get one comparison and no whitespace test.
     */
    private void findPatternVenues(String text, char[] fc, List<Venue> venues) {
        int n = fc.length;
        List<int[]> taken = new ArrayList<>();
        int i = 0;
        while (i < n) {
            char c = fc[i];
            // '#', '.', '/' and '@' are all in '#'..'@': letters and spaces fail the first comparisons
            if (c >= '#' && c <= '@'
                    && (c == '/' || c == '@' || c == '#'
                    || (c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                int s = i;
                while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
                    s--;
                }
                if (c != '.' || i > s) {
                    int e = i + 1;
                    while (e < n && !Character.isWhitespace(text.charAt(e))) {
                        e++;
                    }
                    tokenVenues(text, fc, s, e, venues, taken);
                    i = e;
                    continue;
                }
            }
            i++;
        }
        venues.sort((x, y) -> Integer.compare(x.start(), y.start()));
    }

    private void tokenVenues(String text, char[] fc, int ts, int te, List<Venue> venues, List<int[]> taken) {
        String tok = text.substring(ts, te);
        String ftok = new String(fc, ts, te - ts);
        // each pattern runs only on tokens holding its literal part ("r/", "u/", two '@'): a cheap exact pre-check
        if (tok.contains("r/")) {
            Matcher m = SUBREDDIT.matcher(tok);
            while (m.find()) {
                venues.add(new Venue(reddit, redditCategory, "r/" + m.group(1), null, ts + m.start(), ts + m.end(),
                        "community"));
                taken.add(new int[] {ts + m.start(), ts + m.end()});
            }
        }
        if (tok.contains("u/")) {
            Matcher m = REDDIT_USER.matcher(tok);
            while (m.find()) {
                venues.add(new Venue(reddit, redditCategory, null, "u/" + m.group(1), ts + m.start(), ts + m.end(),
                        "handle"));
                taken.add(new int[] {ts + m.start(), ts + m.end()});
            }
        }
        int at = tok.indexOf('@');
        if (at >= 0) {
            Matcher m;
            if (tok.indexOf('@', at + 1) >= 0) {
                m = FEDI_HANDLE.matcher(tok);
                while (m.find()) {
                    venues.add(new Venue(mastodon, mastodonCategory, null, m.group(), ts + m.start(), ts + m.end(),
                            "handle"));
                    taken.add(new int[] {ts + m.start(), ts + m.end()});
                }
            }
            m = HANDLE.matcher(tok);
            while (m.find()) {
                int ms = ts + m.start();
                int me = ts + m.end();
                if (overlaps(taken, ms, me)) {
                    continue;
                }
                String pid = null;
                String cat = null;
                for (Venue v : venues) {
                    if (v.platformId() != null && "platform".equals(v.kind()) && v.start() < ms
                            && ms - v.start() < 80) {
                        pid = v.platformId();
                        cat = v.category();
                    }
                }
                venues.add(new Venue(pid, cat, null, m.group(), ms, me, "handle"));
                taken.add(new int[] {ms, me});
            }
        }
        if (ftok.indexOf('.') >= 0) {
            Matcher m = URL.matcher(ftok);
            while (m.find()) {
                int ms = ts + m.start();
                if (overlaps(taken, ms, ts + m.end())) {
                    continue;
                }
                String u = m.group();
                String host = u.replaceFirst("^https?://", "");
                int slashAt = host.indexOf('/');
                if (slashAt >= 0) {
                    host = host.substring(0, slashAt);
                }
                if (host.startsWith("www.")) {
                    host = host.substring(4);
                }
                VenuePlatform owner = null;
                for (VenuePlatform p : platformsById.values()) {
                    if (p.ownsHost(host)) {
                        owner = p;
                        break;
                    }
                }
                int end = ts + m.end();
                while (end > ms && ".,;:!?".indexOf(fc[end - 1]) >= 0) {
                    end--;
                }
                venues.add(new Venue(owner == null ? null : owner.id(),
                        owner == null ? "blog_newsletter" : owner.category(), null,
                        text.substring(ms, end), ms, end, "url"));
                taken.add(new int[] {ms, end});
            }
        }
        if (tok.indexOf('#') >= 0) {
            Matcher m = HASHTAG.matcher(tok);
            while (m.find()) {
                if (!overlaps(taken, ts + m.start(), ts + m.end())) {
                    venues.add(new Venue(null, null, m.group(), null, ts + m.start(), ts + m.end(), "hashtag"));
                }
            }
        }
    }

    private static boolean overlaps(List<int[]> taken, int s, int e) {
        for (int[] t : taken) {
            if (s < t[1] && e > t[0]) {
                return true;
            }
        }
        return false;
    }

    /** "the Blender Artists forum", "RevGenius Slack community": capitalised words right before an anchor. */
    private Venue namedCommunity(String text, Hit anchor, Clause c) {
        int pos = anchor.start();
        int first = -1;
        int count = 0;
        boolean nonPlatform = false;
        while (count < 4) {
            int e = pos;
            if (e - 1 < c.start || text.charAt(e - 1) != ' ') {
                break;
            }
            int s = e - 1;
            while (s > c.start && !Character.isWhitespace(text.charAt(s - 1))) {
                s--;
            }
            if (s >= e - 1) {
                break;
            }
            // the word is text[s, e - 1), read in place
            int len = e - 1 - s;
            char c0 = text.charAt(s);
            boolean cap = Character.isUpperCase(c0) || c0 == '#' || (Character.isDigit(c0) && len > 1);
            if (!cap || isFirstPerson(text, s, len) || !Character.isLetterOrDigit(text.charAt(e - 2))) {
                break;
            }
            boolean isPlatform = false;
            for (Hit h : c.hits) {
                if (h.kind() == Kind.PLATFORM && h.start() <= s && h.end() >= e - 1) {
                    isPlatform = true;
                    break;
                }
            }
            if (!isPlatform) {
                nonPlatform = true;
            }
            first = s;
            pos = s;
            count++;
        }
        if (first < 0 || !nonPlatform) {
            return null;
        }
        // a single capitalised word at the very start of a clause may just be the first word
        if (count == 1 && first == c.start) {
            return null;
        }
        String pid = null;
        String cat = null;
        for (Venue v : c.venues) {
            if (v.platformId() != null && v.start() >= first - 40 && v.start() <= anchor.end() + 40) {
                pid = v.platformId();
                cat = v.category();
            }
        }
        if (anchor.kind() == Kind.PLATFORM) {
            pid = anchor.entry().platformId();
            cat = anchor.entry().platformCategory();
        }
        if (cat == null) {
            cat = "forum_community";
        }
        return new Venue(pid, cat, text.substring(first, anchor.end()), null, first, anchor.end(), "community");
    }

    /** Whether text[s, s + len) is "I", "I'm" or "I've". */
    private static boolean isFirstPerson(String text, int s, int len) {
        return (len == 1 && text.charAt(s) == 'I') || (len == 3 && text.startsWith("I'm", s))
                || (len == 4 && text.startsWith("I've", s));
    }

    /** Of overlapping named communities keep the longest. */
    private static void dedupeNamed(List<Venue> vs) {
        for (int i = 0; i < vs.size(); i++) {
            Venue a = vs.get(i);
            if (!"community".equals(a.kind())) {
                continue;
            }
            for (int j = 0; j < vs.size(); j++) {
                Venue b = vs.get(j);
                if (i != j && "community".equals(b.kind()) && a.start() < b.end() && b.start() < a.end()
                        && (b.end() - b.start() > a.end() - a.start()
                        || (b.end() - b.start() == a.end() - a.start() && j < i))) {
                    vs.remove(i);
                    i--;
                    break;
                }
            }
        }
    }
}
