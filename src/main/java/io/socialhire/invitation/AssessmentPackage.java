package io.socialhire.invitation;

import io.socialhire.common.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An assessment package: the question, the rubric and the role profile an ATS orders by the package's id. */
@Entity
@Table(name = "assessment_package")
public class AssessmentPackage extends Tracked {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(nullable = false)
    public String question;

    @Column(name = "rubric_key", nullable = false)
    public String rubricKey;

    @Column(name = "role_id", nullable = false)
    public String roleId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> languages = new ArrayList<>();

    public boolean builtin;

    @Column(name = "retired_at")
    public Instant retiredAt;
}
