package io.socialhire.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reviewer's judgement of an assessment; all are kept, the latest is final. */
@Entity
@Table(name = "assessment_review")
public class Review {

    @Id
    public UUID id;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(nullable = false)
    public String reviewer;

    @Column(nullable = false)
    public short rating;

    @Column(nullable = false)
    public String recommendation;

    /** Final level per criterion, with the reason where it differs from the engine, as JSON. */
    @Column(nullable = false)
    public String criteria;

    public String reason;
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The API key that wrote it. */
    @Column(name = "created_by_key_id")
    public UUID createdByKeyId;
}
