package io.socialhire.hostile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** What the hostile-input tests look at: what an answer gives away, and whether the database changed. */
final class Evidence {

    /** Words that only a stack trace, a Java type or a database message would put in a response. */
    static final List<String> LEAKS = List.of("Exception", "java.", "io.socialhire", "org.hibernate", "jakarta.", "at io.",
            "PSQLException", "SQL", "com.fasterxml");

    private Evidence() {
    }

    /** The leak words body contains. */
    static List<String> leaks(String body) {
        return LEAKS.stream().filter(body::contains).toList();
    }

    /** Row counts and versions of every table the API writes. */
    static String fingerprint(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery("""
                SELECT (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM candidate),
                       (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM participation_channel),
                       (SELECT count(*) FROM assessment), (SELECT count(*) FROM assessment_review),
                       (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM role_profile),
                       (SELECT count(*) FROM rubric_version),
                       (SELECT count(*) || ':' || count(revoked_at) FROM api_key), (SELECT count(*) FROM audit_event),
                       (SELECT count(*) FROM webhook_endpoint), (SELECT count(*) FROM webhook_event)""")) {
            r.next();
            StringBuilder fp = new StringBuilder();
            for (int i = 1; i <= 10; i++) {
                fp.append(r.getString(i)).append('|');
            }
            return fp.toString();
        }
    }

    static String abbreviate(String value) {
        return value.length() > 160 ? value.substring(0, 160) + "…" : value;
    }
}
