package io.socialhire.fairness;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every query about self-identification. */
@ApplicationScoped
public class SelfIdentificationRepository implements PanacheRepositoryBase<SelfIdentification, UUID> {

    /** Kept in a file of its own so that the benchmark explains the very text the service runs. */
    private static final String IMPACT_COUNTS = resource("sql/impact-counts.sql");

    private static String resource(String name) {
        try (InputStream in = SelfIdentificationRepository.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is unreadable", e);
        }
    }

    /**
     * Group counts for the impact report, in one aggregate query: each candidate's latest assessment in the window and
     * its final recommendation (the latest review's, else the engine's), grouped by self-identified sex, race/ethnicity
     * and both (GROUPING SETS; the empty set is the total). Columns: grouping(sex), grouping(race), sex, race, count,
     * above the median, selected, mean score, score variance, scored count, the median, the rubric versions.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> impactCounts(String rubricKey, Integer rubricVersion, String roleId, Instant from, Instant to) {
        String filters = (rubricVersion == null ? "" : " AND a.rubric_version = :version") + (roleId == null ? "" : " AND a.role_id = :role");
        String sql = IMPACT_COUNTS.replace("/*filters*/", filters);
        var query = getEntityManager().createNativeQuery(sql).setParameter("key", rubricKey).setParameter("from", from).setParameter("to", to);
        if (rubricVersion != null) {
            query.setParameter("version", rubricVersion);
        }
        if (roleId != null) {
            query.setParameter("role", roleId);
        }
        return query.getResultList();
    }
}
