package io.socialhire.engine.text;

import io.socialhire.engine.text.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an answer into {@link Token}s in one pass. Handles, subreddits, hashtags, URLs and numbers ({@code 2.5k},
 * {@code 1,200}) stay whole; apostrophes inside words stay ({@code i'm}); a hyphen inside a word is a token of its
 * own so {@code co-host} and {@code Discord-Server} match their parts. Stateless and thread-safe.
 */
public final class Tokenizer {
    private static final Set<String> TLDS = Set.of("com", "org", "net", "io", "dev", "social", "tv", "gg", "me", "app",
            "blog", "co", "xyz", "news", "community", "de", "fr", "es", "pt", "br", "uk", "eu", "ca", "au", "it", "nl",
            "ch", "at", "be", "info", "site", "online", "art", "zone", "club", "games", "ai", "so", "to", "fm", "ly", "sh",
            "page", "link", "network", "place", "space", "chat", "cafe", "host", "world", "town");

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        char[] f = TextFold.foldChars(text);
        int n = f.length;
        List<Token> out = new ArrayList<>(n / 4 + 4);
        boolean lineStart = true;
        int i = 0;
        while (i < n) {
            char c = f[i];
            if (c == '\n' || c == '\r') {
                if (!out.isEmpty() && out.get(out.size() - 1).kind() != Kind.BREAK) {
                    out.add(new Token(i, i + 1, "\n", Kind.BREAK));
                }
                lineStart = true;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (lineStart && isBullet(f, i, n)) {
                int e = i + 1;
                while (e < n && (Character.isDigit(f[e]) || f[e] == '.' || f[e] == ')')) {
                    e++;
                }
                out.add(new Token(i, e, "\n", Kind.BREAK));
                lineStart = false;
                i = e;
                continue;
            }
            lineStart = false;
            int e;
            if ((e = url(f, i, n)) > i) {
                out.add(token(f, i, trimTrailing(f, i, e), Kind.URL));
                i = trimTrailing(f, i, e);
            } else if (c == '@' && i + 1 < n && handleChar(f[i + 1])) {
                e = i + 1;
                while (e < n && (handleChar(f[e]) || (f[e] == '.' && e + 1 < n && handleChar(f[e + 1])))) {
                    e++;
                }
                if (e < n && f[e] == '@' && e + 1 < n && TextFold.isWordChar(f[e + 1])) { // @name@server.tld
                    e++;
                    while (e < n && (TextFold.isWordChar(f[e]) || f[e] == '-'
                            || (f[e] == '.' && e + 1 < n && TextFold.isWordChar(f[e + 1])))) {
                        e++;
                    }
                }
                out.add(token(f, i, e, Kind.HANDLE));
                i = e;
            } else if (c == '#' && i + 1 < n && Character.isLetter(f[i + 1])) {
                e = i + 1;
                while (e < n && handleChar(f[e])) {
                    e++;
                }
                out.add(token(f, i, e, Kind.HASHTAG));
                i = e;
            } else if ((e = subreddit(f, i, n)) > i) {
                out.add(token(f, i, e, Kind.SUBREDDIT));
                i = e;
            } else if (Character.isDigit(c)) {
                e = i + 1;
                while (e < n && (Character.isDigit(f[e]) || ((f[e] == '.' || f[e] == ',') && e + 1 < n
                        && Character.isDigit(f[e + 1])))) {
                    e++;
                }
                while (e < n && Character.isLetter(f[e]) && e - i < 12) { // 2k, 10th, 3x, 2019s
                    e++;
                }
                out.add(token(f, i, e, Kind.NUMBER));
                i = e;
            } else if (TextFold.isWordChar(c)) {
                e = i + 1;
                while (e < n) {
                    char d = f[e];
                    if (TextFold.isWordChar(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        e++;
                    } else if ((d == '\'' || d == '.') && e + 1 < n && Character.isLetter(f[e + 1])
                            && (d == '\'' || abbreviationDot(f, i, e, n))) {
                        e++;
                    } else {
                        break;
                    }
                }
                if (e < n && f[e] == '.' && abbreviationDot(f, i, e, n)) {
                    e++; // e.g. / i.e. / etc. keep their final dot
                }
                out.add(new Token(i, e, new String(f, i, e - i), Kind.WORD, Character.isUpperCase(text.charAt(i))));
                i = e;
            } else {
                Kind k = switch (c) {
                    case '.', '!', '?', '\u2026' -> Kind.FULL_STOP;
                    case ';', ':', '(', ')', '[', ']' -> Kind.CLAUSE_MARK;
                    case ',' -> Kind.COMMA;
                    case '"', '\'' -> Kind.QUOTE;
                    case '-' -> hyphenBetweenWords(f, i, n) ? Kind.HYPHEN : Kind.CLAUSE_MARK;
                    case '/', '&', '+' -> hyphenBetweenWords(f, i, n) ? Kind.HYPHEN : Kind.SYMBOL;
                    default -> Kind.SYMBOL;
                };
                e = i + 1;
                if (k == Kind.FULL_STOP || k == Kind.SYMBOL) { // "!!!", "...", emoji runs are one token
                    while (e < n && f[e] == c) {
                        e++;
                    }
                }
                if (Character.isHighSurrogate(c) && e < n && Character.isLowSurrogate(f[e])) {
                    e++;
                }
                out.add(token(f, i, e, k));
                i = e;
            }
        }
        return out;
    }

    private static Token token(char[] f, int s, int e, Kind k) {
        return new Token(s, e, new String(f, s, e - s), k);
    }

    private static boolean handleChar(char c) {
        return TextFold.isWordChar(c) || c == '_';
    }

    private static boolean isBullet(char[] f, int i, int n) {
        char c = f[i];
        if ((c == '-' || c == '*' || c == '\u2022' || c == '\u25e6' || c == '\u2023' || c == '>')
                && i + 1 < n && f[i + 1] == ' ') {
            return true;
        }
        int e = i;
        while (e < n && Character.isDigit(f[e]) && e - i < 3) {
            e++;
        }
        return e > i && e + 1 < n && (f[e] == '.' || f[e] == ')') && f[e + 1] == ' ';
    }

    /** A dot that belongs to an abbreviation: single letters between dots (e.g., i.e., u.s.) or a known one. */
    private static boolean abbreviationDot(char[] f, int start, int dot, int n) {
        int len = dot - start;
        if (len == 1 && Character.isLetter(f[start])) {
            return dot + 1 < n && (Character.isLetter(f[dot + 1]) || (dot + 2 <= n && start > 0 && f[start - 1] == '.'));
        }
        if (len == 1) {
            return false;
        }
        String w = new String(f, start, len);
        return switch (w) {
            case "etc", "vs", "approx", "incl", "dr", "mr", "mrs", "ms", "st", "jr", "sr", "e.g", "i.e", "u.s", "z.b",
                 "bzw", "usw", "ca", "ex", "p.ex", "sra", "sr.", "mme", "nr" -> true;
            default -> false;
        };
    }

    private static boolean hyphenBetweenWords(char[] f, int i, int n) {
        return i > 0 && i + 1 < n && TextFold.isWordChar(f[i - 1]) && TextFold.isWordChar(f[i + 1]);
    }

    private static int subreddit(char[] f, int i, int n) {
        int s = i;
        if (f[s] == '/' && s + 1 < n) {
            s++;
        }
        if (s + 2 < n && (f[s] == 'r' || f[s] == 'u') && f[s + 1] == '/' && (i == 0 || !TextFold.isWordChar(f[i - 1]))) {
            int e = s + 2;
            while (e < n && (handleChar(f[e]) || f[e] == '-')) {
                e++;
            }
            return e - (s + 2) >= 2 ? e : i;
        }
        return i;
    }

    /** End of a URL starting at i (http..., www..., or name.tld[/path]), or i when there is none. */
    private static int url(char[] f, int i, int n) {
        if (i > 0 && (TextFold.isWordChar(f[i - 1]) || f[i - 1] == '@' || f[i - 1] == '.')) {
            return i;
        }
        boolean scheme = startsWith(f, i, n, "http://") || startsWith(f, i, n, "https://");
        int e = i;
        if (scheme || startsWith(f, i, n, "www.")) {
            while (e < n && !Character.isWhitespace(f[e]) && "<>\"'()[]".indexOf(f[e]) < 0) {
                e++;
            }
            return e;
        }
        // name.tld or name.name.tld, optionally with a path
        int lastDot = -1;
        while (e < n && (TextFold.isWordChar(f[e]) || f[e] == '-' || (f[e] == '.' && e + 1 < n && TextFold.isWordChar(f[e + 1])))) {
            if (f[e] == '.') {
                lastDot = e;
            }
            e++;
        }
        if (lastDot < 0) {
            return i;
        }
        String tld = new String(f, lastDot + 1, e - lastDot - 1);
        if (!TLDS.contains(tld) || lastDot - i < 2) {
            return i;
        }
        if (e < n && f[e] == '/') {
            while (e < n && !Character.isWhitespace(f[e]) && "<>\"'()[]".indexOf(f[e]) < 0) {
                e++;
            }
        }
        return e;
    }

    private static int trimTrailing(char[] f, int s, int e) {
        while (e > s + 1 && ".,;:!?".indexOf(f[e - 1]) >= 0) {
            e--;
        }
        return e;
    }

    private static boolean startsWith(char[] f, int i, int n, String p) {
        if (i + p.length() > n) {
            return false;
        }
        for (int k = 0; k < p.length(); k++) {
            if (f[i + k] != p.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
