package io.socialhire.engine.text;

import java.text.Normalizer;

/**
 * Length-preserving folding: lower case, diacritics removed from Latin letters (é→e, ü→u, ç→c), typographic
 * quotes and dashes mapped to ASCII. Because each UTF-16 unit maps to exactly one unit, offsets in the folded
 * text are offsets in the original answer.
 */
public final class TextFold {
    private static final int TABLE_SIZE = 0x2100;
    private static final char[] TABLE = new char[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            char ch = (char) c;
            if (Character.isSurrogate(ch)) {
                TABLE[c] = ch;
                continue;
            }
            char lc = Character.toLowerCase(ch);
            String d = Normalizer.normalize(String.valueOf(lc), Normalizer.Form.NFD);
            if (d.length() > 1 && d.charAt(0) < 0x250 && Character.isLetter(d.charAt(0))) {
                lc = d.charAt(0);
            }
            TABLE[c] = lc;
        }
        TABLE['\u2018'] = '\'';
        TABLE['\u2019'] = '\'';
        TABLE['\u02BC'] = '\'';
        TABLE['\u2032'] = '\'';
        TABLE['`'] = '\'';
        TABLE['\u00B4'] = '\'';
        TABLE['\u201C'] = '"';
        TABLE['\u201D'] = '"';
        TABLE['\u00AB'] = '"';
        TABLE['\u00BB'] = '"';
        TABLE['\u00A0'] = ' ';
        TABLE['\u2009'] = ' ';
        TABLE['\u202F'] = ' ';
        TABLE['\u2013'] = '-';
        TABLE['\u2014'] = '-';
        TABLE['\u2010'] = '-';
        TABLE['\u2011'] = '-';
    }

    private TextFold() {
    }

    public static String fold(String s) {
        return new String(foldChars(s));
    }

    public static char[] foldChars(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            out[i] = c < TABLE_SIZE ? TABLE[c] : Character.toLowerCase(c);
        }
        return out;
    }

    /** {@link Character#isLetterOrDigit} below {@link #TABLE_SIZE} (Latin, Greek, Cyrillic...), read from a table. */
    private static final boolean[] WORD = new boolean[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            WORD[c] = Character.isLetterOrDigit((char) c);
        }
    }

    public static boolean isWordChar(char c) {
        return c < TABLE_SIZE ? WORD[c] : Character.isLetterOrDigit(c);
    }
}
