package io.socialhire.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A candidate's answer with the engine's result; the result is never changed after creation. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    public UUID id;

    @Column(name = "candidate_id", nullable = false)
    public UUID candidateId;

    @Column(nullable = false)
    public String question;

    @Column(nullable = false)
    public String answer;

    @Column(name = "role_id", nullable = false)
    public String roleId;

    @Column(name = "role_title_input")
    public String roleTitleInput;

    @Column(name = "rubric_key", nullable = false)
    public String rubricKey;

    @Column(name = "rubric_version", nullable = false)
    public int rubricVersion;

    @Column(name = "engine_version", nullable = false)
    public String engineVersion;

    /** The engine's result as JSON. */
    @Column(nullable = false)
    public String result;

    public Short rating;
    public Short score;
    public String recommendation;

    @Column(name = "needs_human_review", nullable = false)
    public boolean needsHumanReview;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The API key that created it. */
    @Column(name = "created_by_key_id")
    public UUID createdByKeyId;

    /** Set when the candidate was erased: the assessment then survives only as anonymous calibration data. */
    @Column(name = "erased_at")
    public Instant erasedAt;
}
