package io.socialhire.invitation;

import io.socialhire.common.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One candidate asked to answer one assessment package; its lifecycle and the hashes of its two link tokens. */
@Entity
@Table(name = "invitation")
public class Invitation extends Tracked {

    @Id
    public UUID id;

    @Column(name = "package_id", nullable = false)
    public String packageId;

    @Column(name = "candidate_id", nullable = false)
    public UUID candidateId;

    @Column(nullable = false)
    public String source;

    @Column(name = "job_external_id")
    public String jobExternalId;

    @Column(name = "job_title")
    public String jobTitle;

    public String locale;

    @Column(nullable = false)
    public String status;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "expired_at")
    public Instant expiredAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "candidate_token_hash", nullable = false)
    public byte[] candidateTokenHash;

    @Column(name = "report_token_hash", nullable = false)
    public byte[] reportTokenHash;

    /** The report token sealed (SecretBox), so the report URL can be sent later; null without a secrets key. */
    @Column(name = "report_token_sealed")
    public byte[] reportTokenSealed;

    /** The candidate's application in the ATS that ordered this, when a connector did. */
    @Column(name = "ats_profile_url")
    public String atsProfileUrl;

    /** Where that ATS asks to be told of changes (Greenhouse's PATCH url). */
    @Column(name = "ats_callback_url")
    public String atsCallbackUrl;

    /** The ATS's application this invitation assesses (Ashby's), when a connector ordered it. */
    @Column(name = "ats_application_id")
    public String atsApplicationId;

    @Column(name = "draft_answer")
    public String draftAnswer;

    /** The channels as the candidate typed them on the page, a JSON array of channel inputs. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "draft_channels", columnDefinition = "jsonb")
    public String draftChannels;

    @Column(name = "created_by_key_id")
    public UUID createdByKeyId;

    boolean isOpen() {
        return InvitationViews.Status.INVITED.json().equals(status) || InvitationViews.Status.STARTED.json().equals(status);
    }
}
