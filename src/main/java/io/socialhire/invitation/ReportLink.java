package io.socialhire.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A shareable link to an assessment's report page; the token itself is never stored, only its hash. */
@Entity
@Table(name = "report_link")
public class ReportLink {

    @Id
    public UUID id;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(name = "token_hash", nullable = false)
    public byte[] tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The API key that created it. */
    @Column(name = "created_by_key_id")
    public UUID createdByKeyId;

    /** Set once, when revoked; the page then answers 410 Gone. */
    @Column(name = "revoked_at")
    public Instant revokedAt;
}
