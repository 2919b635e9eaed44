package io.socialhire.fairness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A published bias-audit summary: an impact report frozen with what it covers. Never changed (a trigger refuses it too). */
@Entity
@Immutable
@Table(name = "fairness_summary")
public class FairnessSummary {

    @Id
    public UUID id;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    /** The API key that published it. */
    @Column(name = "published_by_key_id")
    public UUID publishedByKeyId;

    @Column(name = "window_from", nullable = false)
    public Instant windowFrom;

    @Column(name = "window_to", nullable = false)
    public Instant windowTo;

    @Column(name = "rubric_key", nullable = false)
    public String rubricKey;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "rubric_versions", columnDefinition = "integer[]", nullable = false)
    public List<Integer> rubricVersions;

    @Column(name = "role_id")
    public String roleId;

    @Column(name = "distribution_date", nullable = false)
    public LocalDate distributionDate;

    @Column(name = "data_source", nullable = false)
    public String dataSource;

    /** The ImpactReport as computed when published. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String report;
}
