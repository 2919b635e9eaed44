package io.socialhire.role;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.engine.Resources;
import io.socialhire.engine.RoleProfile;
import io.socialhire.engine.text.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Role profiles (from {@code roles/roles.json}) and matching of free-text job titles to them. A title scores the
 * sum of the word counts of every keyword phrase it contains (whole words, case and accent insensitive), so
 * "community manager (mobile game studio)" matches gaming-community-manager ("mobile game" + "game studio" +
 * "game") over community-manager ("community manager" + "community"). Ties go to the earlier profile; no match
 * gives the generic profile. Thread-safe and immutable.
 */
public final class RoleMatcher {
    public static final String DEFAULT_ROLES_RESOURCE = "roles/roles.json";
    public static final String GENERIC_ID = "generic";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final List<RoleProfile> profiles;
    private final RoleProfile generic;
    /** Per profile (same order), its non-empty keywords normalized once: match() then only normalizes the title. */
    private final Keyword[][] keywords;

    /** {@code needle} is the normalized keyword between spaces, {@code words} its word count. */
    private record Keyword(String original, String needle, int words) {
    }

    public RoleMatcher(List<RoleProfile> profiles) {
        this.profiles = List.copyOf(profiles);
        this.generic = this.profiles.stream().filter(p -> p.id().equals(GENERIC_ID)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("roles must include a profile with id 'generic'"));
        this.keywords = new Keyword[this.profiles.size()][];
        for (int i = 0; i < keywords.length; i++) {
            List<Keyword> ks = new ArrayList<>();
            for (String kw : this.profiles.get(i).keywords()) {
                String k = normalize(kw);
                if (!k.isEmpty()) {
                    ks.add(new Keyword(kw, " " + k + " ", k.split(" ").length));
                }
            }
            keywords[i] = ks.toArray(new Keyword[0]);
        }
    }

    private record RolesFile(List<RoleProfile> roles) {
    }

    /** Parses a roles document {@code {"roles": [RoleProfile...]}}. */
    public static List<RoleProfile> parseRoles(String json) {
        try {
            RolesFile f = MAPPER.readValue(json, new TypeReference<RolesFile>() { });
            return f.roles();
        } catch (Exception e) {
            throw new IllegalArgumentException("invalid roles document: " + e.getMessage(), e);
        }
    }

    public static RoleMatcher loadDefault() {
        return new RoleMatcher(parseRoles(Resources.read(DEFAULT_ROLES_RESOURCE)));
    }

    public List<RoleProfile> profiles() {
        return profiles;
    }

    public RoleProfile generic() {
        return generic;
    }

    public Optional<RoleProfile> byId(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Best profile for a free-text job title; the generic profile (confidence 0) when nothing matches. */
    public RoleMatch match(String freeTextTitle) {
        if (freeTextTitle == null || freeTextTitle.isBlank()) {
            return new RoleMatch(generic, 0.0, "default", null);
        }
        String t = padded(freeTextTitle);
        RoleProfile best = null;
        String bestKw = null;
        int bestScore = 0;
        int second = 0;
        for (int i = 0; i < keywords.length; i++) {
            RoleProfile p = profiles.get(i);
            int score = 0;
            String topKw = null;
            int topLen = 0;
            for (Keyword kw : keywords[i]) {
                if (t.contains(kw.needle())) {
                    int words = kw.words();
                    score += words;
                    if (words > topLen) {
                        topLen = words;
                        topKw = kw.original();
                    }
                }
            }
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = p;
                bestKw = topKw;
            } else if (score > second) {
                second = score;
            }
        }
        if (best == null) {
            return new RoleMatch(generic, 0.0, "default", null);
        }
        double conf = Math.round(1000.0 * bestScore / (bestScore + second)) / 1000.0;
        return new RoleMatch(best, conf, "role_title", bestKw);
    }

    static String normalize(String s) {
        return padded(s).trim();
    }

    /** Normalized text with one space on each side (" community manager "), ready for {@code contains(" kw ")}. */
    private static String padded(String s) {
        char[] f = TextFold.foldChars(s);
        StringBuilder b = new StringBuilder(f.length + 2).append(' ');
        for (char c : f) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else if (b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        if (b.charAt(b.length() - 1) != ' ') {
            b.append(' ');
        }
        return b.toString();
    }

    static List<String> words(String s) {
        return new ArrayList<>(List.of(normalize(s).split(" ")));
    }
}
