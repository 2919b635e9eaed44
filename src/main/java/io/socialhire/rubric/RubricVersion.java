package io.socialhire.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A published rubric version; rows are inserted once and never updated. */
@Entity
@Table(name = "rubric_version")
@IdClass(RubricVersion.Key.class)
public class RubricVersion {

    @Id
    @Column(name = "rubric_key")
    public String rubricKey;

    @Id
    public int version;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String definition;

    public boolean builtin;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public record Key(String rubricKey, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
