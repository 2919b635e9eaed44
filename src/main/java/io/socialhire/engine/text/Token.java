package io.socialhire.engine.text;

/**
 * One token of an answer. {@code start}/{@code end} are UTF-16 offsets into the original answer; {@code form} is the
 * folded text (lower case, accents removed), which is what lexicons match.
 */
public record Token(int start, int end, String form, Kind kind, boolean capitalized) {

    public Token(int start, int end, String form, Kind kind) {
        this(start, end, form, kind, false);
    }

    public enum Kind {
        /** Letters and digits, with inner apostrophes ({@code don't}) and dots of abbreviations. */
        WORD,
        NUMBER,
        /** {@code @name} or {@code @name@server}. */
        HANDLE,
        /** {@code r/name} or {@code u/name}. */
        SUBREDDIT,
        HASHTAG,
        URL,
        /** A hyphen between two word parts ({@code co-host}): phrases match across it. */
        HYPHEN,
        /** Sentence-final punctuation: {@code . ! ? …}. */
        FULL_STOP,
        /** {@code ; : ( ) — –} and dashes between spaces. */
        CLAUSE_MARK,
        COMMA,
        QUOTE,
        /** A line break or a list bullet at the start of a line. */
        BREAK,
        /** Anything else: emoji, symbols. */
        SYMBOL
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean is(String folded) {
        return form.equals(folded);
    }
}
