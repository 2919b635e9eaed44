package io.socialhire.platform;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tiny template language used in the catalog: {@code {name}} inserts a variable, {@code {name:lower}} inserts it
 * lower-cased, and {@code [ ... ]} is an optional section dropped when any variable inside it is missing/empty.
 */
final class Templates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?::(lower))?}");
    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>");

    private Templates() {
    }

    static String render(String template, Map<String, String> vars) {
        Matcher opt = OPTIONAL.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (opt.find()) {
            String section = opt.group(1);
            boolean complete = true;
            Matcher ph = PLACEHOLDER.matcher(section);
            while (ph.find()) {
                String v = vars.get(ph.group(1));
                if (v == null || v.isEmpty()) {
                    complete = false;
                    break;
                }
            }
            opt.appendReplacement(sb, Matcher.quoteReplacement(complete ? section : ""));
        }
        opt.appendTail(sb);
        Matcher ph = PLACEHOLDER.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (ph.find()) {
            String v = vars.get(ph.group(1));
            if (v == null) {
                v = "";
            }
            if (ph.group(2) != null) {
                v = v.toLowerCase(Locale.ROOT);
            }
            ph.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        ph.appendTail(out);
        return out.toString();
    }

    static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher ph = PLACEHOLDER.matcher(template);
        while (ph.find()) {
            names.add(ph.group(1));
        }
        return names;
    }

    /** Named groups declared in a regex source (Java 17 has no Pattern.namedGroups()). */
    static Set<String> groupNames(Pattern p) {
        Set<String> names = new LinkedHashSet<>();
        if (p != null) {
            Matcher m = GROUP_NAME.matcher(p.pattern());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
