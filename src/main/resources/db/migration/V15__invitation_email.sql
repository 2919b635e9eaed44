-- The email that carries an invitation's link to the candidate, written in the same transaction as
-- the invitation and sent after the commit (InvitationEmailSender), so a 201 never waits for SMTP
-- and a crash after it loses no email. The link is the candidate's credential: it is kept here only
-- while the email is pending and cleared once it is sent or has finally failed.
CREATE TABLE invitation_email (
    -- Erasing a candidate deletes their invitations, and with them these rows.
    invitation_id   uuid        PRIMARY KEY REFERENCES invitation (id) ON DELETE CASCADE,
    status          text        NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    link            text        CHECK (length(link) <= 2000),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- Also the lease: a sender that claims the row moves it ahead, so no other sends it meanwhile.
    next_attempt_at timestamptz,
    last_attempt_at timestamptz,
    last_error      text        CHECK (length(last_error) <= 500),
    sent_at         timestamptz,
    created_at      timestamptz NOT NULL,
    CHECK ((status = 'pending') = (link IS NOT NULL AND next_attempt_at IS NOT NULL)),
    CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX invitation_email_due ON invitation_email (next_attempt_at) WHERE status = 'pending';
