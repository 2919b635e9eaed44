package io.socialhire.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The email of one invitation: pending until sent, or failed after the last attempt. The link it
 * carries is kept only while pending.
 */
@Entity
@Table(name = "invitation_email")
public class InvitationEmail {

    @Id
    @Column(name = "invitation_id")
    public UUID invitationId;

    @Column(nullable = false)
    public String status;

    public String link;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
