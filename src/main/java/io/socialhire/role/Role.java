package io.socialhire.role;

import io.socialhire.common.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A role profile: what a hiring team looks for, used to weigh relevant reach. */
@Entity
@Table(name = "role_profile")
public class Role extends Tracked {

    @Id
    public String id;

    @Column(nullable = false)
    public String title;

    @Column(name = "rubric_key", nullable = false)
    public String rubricKey;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "focus_categories", columnDefinition = "text[]", nullable = false)
    public List<String> focusCategories = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "focus_platforms", columnDefinition = "text[]", nullable = false)
    public List<String> focusPlatforms = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> keywords = new ArrayList<>();

    public boolean builtin;
}
