package io.socialhire.scoring;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    public RoleMatcher(List<RoleProfile> profiles) {
        this.profiles = List.copyOf(profiles);
        this.generic = this.profiles.stream().filter(p -> p.id().equals(GENERIC_ID)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("roles must include a profile with id 'generic'"));
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
        return new RoleMatcher(parseRoles(RubricParser.readResource(DEFAULT_ROLES_RESOURCE)));
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
        String t = " " + normalize(freeTextTitle) + " ";
        RoleProfile best = null;
        String bestKw = null;
        int bestScore = 0;
        int second = 0;
        for (RoleProfile p : profiles) {
            int score = 0;
            String topKw = null;
            int topLen = 0;
            for (String kw : p.keywords()) {
                String k = normalize(kw);
                if (!k.isEmpty() && t.contains(" " + k + " ")) {
                    int words = k.split(" ").length;
                    score += words;
                    if (words > topLen) {
                        topLen = words;
                        topKw = kw;
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
        String f = TextFold.fold(s);
        StringBuilder b = new StringBuilder(f.length());
        boolean space = true;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString().trim();
    }

    static List<String> words(String s) {
        return new ArrayList<>(List.of(normalize(s).split(" ")));
    }
}
