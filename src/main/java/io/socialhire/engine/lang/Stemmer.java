package io.socialhire.engine.lang;

import java.util.Locale;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;

/**
 * A Snowball stemmer (from Lucene's analysis module) for one language, so that a lexicon names a lemma once and
 * matches its inflections: {@code moderar} matches modero, moderaba, moderamos. Snowball objects keep state, so
 * each thread gets its own.
 */
public final class Stemmer {
    /** Stems of words seen, up to a bound: answers reuse a small vocabulary, and Snowball is the costly step. */
    private static final int CACHE_LIMIT = 100_000;
    private final String name;
    private final ThreadLocal<SnowballStemmer> local;
    private final java.util.concurrent.ConcurrentHashMap<String, String> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private Stemmer(String name, Supplier<SnowballStemmer> factory) {
        this.name = name;
        this.local = ThreadLocal.withInitial(factory);
    }

    /** @param name a Snowball algorithm: english, spanish, portuguese, french, german, german2... */
    public static Stemmer of(String name) {
        String cls = "org.tartarus.snowball.ext." + Character.toUpperCase(name.charAt(0))
                + name.substring(1).toLowerCase(Locale.ROOT) + "Stemmer";
        Class<?> type;
        try {
            type = Class.forName(cls);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no Snowball stemmer named '" + name + "'");
        }
        return new Stemmer(name, () -> {
            try {
                return (SnowballStemmer) type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create the " + name + " stemmer", e);
            }
        });
    }

    public String name() {
        return name;
    }

    /** The stem of a folded (lower-case, accent-free) word. */
    public String stem(String word) {
        String cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        SnowballStemmer s = local.get();
        s.setCurrent(word);
        s.stem();
        String stem = s.getCurrent();
        if (cache.size() < CACHE_LIMIT && word.length() < 40) {
            cache.put(word, stem);
        }
        return stem;
    }
}
