-- The ATS's application an invitation assesses (Ashby's application id). While the invitation is open,
-- an application is assessed with a package once: a second start for the same pair is refused (409),
-- and two racing starts cannot both be written.
ALTER TABLE invitation ADD COLUMN ats_application_id text CHECK (length(ats_application_id) BETWEEN 1 AND 200);
CREATE UNIQUE INDEX invitation_open_application ON invitation (source, ats_application_id, package_id)
    WHERE status IN ('invited', 'started') AND ats_application_id IS NOT NULL;
