-- Seeds :n candidates (default 100000) with 2-4 participation channels each, straight into
-- PostgreSQL (no HTTP), shaped like rows the application writes itself:
--   * emails trimmed and lower-case (candidate_email_normalized_ck), unique;
--   * channel_key "<platform>:<kind>:<normalized value>" as io.socialhire.platform.PlatformCatalog
--     builds it (lower-case except Discord invites, which are case-sensitive); unique per candidate
--     because one candidate never gets the same platform twice;
--   * handle / profile_url in the display and canonical forms the catalog produces;
--   * role, frequency, kind, since within the check constraints; timestamps microsecond timestamptz.
-- Ids are deterministic (md5 of the row number) so runs are reproducible.
-- Re-runnable: earlier benchmark rows (emails ending in bench.example.com) are deleted first.
\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 100000
\endif

BEGIN;

DELETE FROM candidate WHERE email LIKE '%bench.example.com';

CREATE TEMP TABLE bench_seed ON COMMIT DROP AS
SELECT g,
       md5('socialhire-bench-candidate-' || g)::uuid AS id,
       (ARRAY['Ana','Bruno','Chloe','Dmitri','Elena','Farid','Grace','Hiro','Ines','Jonas','Kira','Liam','Maya','Nico',
              'Olga','Pablo','Quinn','Rosa','Sami','Tariq','Uma','Victor','Wen','Ximena','Yusuf','Zoe','Amara','Bastian',
              'Carmen','Diego','Emma','Felix','Greta','Hamza','Ivy','Jakob','Lucia','Mateo','Noor','Priya'])[1 + g % 40] AS fn,
       (ARRAY['Moreno','Schmidt','Dubois','Silva','Nakamura','Okafor','Rossi','Kowalski','Jensen','Haddad','Novak','Garcia',
              'Muller','Martin','Santos','Tanaka','Mensah','Ferrari','Nowak','Larsen','Khan','Lopez','Weber','Bernard',
              'Costa','Sato','Adeyemi','Romano','Wojcik','Nielsen','Aziz','Fernandez','Fischer','Petit','Oliveira','Kimura',
              'Boateng','Greco','Lewandowski','Berg'])[1 + (g / 40) % 40] AS ln,
       -- Spread over ~9.5 months, 4 min 13 s apart, with a sub-second jitter: unique, realistic creation times.
       timestamptz '2025-01-06 08:00:00+00' + g * interval '253 seconds'
           + ((g * 7919) % 1000000) * interval '1 microsecond' AS created_at
FROM generate_series(1, :n) AS g;

INSERT INTO candidate (id, full_name, email, phone, location, headline, tags, ats_source, ats_external_id,
                       created_at, updated_at, version)
SELECT s.id,
       s.fn || ' ' || s.ln,
       lower(s.fn || '.' || s.ln || '.' || s.g || '@bench.example.com'),
       CASE WHEN s.g % 3 = 0 THEN '+34 600 ' || lpad((s.g % 1000000)::text, 6, '0') END,
       (ARRAY['Valencia, Spain','Berlin, Germany','Lyon, France','Lisbon, Portugal','Toronto, Canada','Austin, USA',
              'Lagos, Nigeria','Osaka, Japan', NULL])[1 + s.g % 9],
       (ARRAY['Community manager for indie game studios','Social media marketer, B2B SaaS','Developer advocate',
              'Content creator (YouTube, TikTok)','Head of social at a consumer brand', NULL])[1 + s.g % 6],
       (ARRAY['{gaming}','{b2b,saas}','{devrel}','{}','{gaming,spanish}','{creator,video}','{b2b}','{community}'])[1 + s.g % 8]::text[],
       CASE WHEN s.g % 4 = 0 THEN 'greenhouse' END,
       CASE WHEN s.g % 4 = 0 THEN (48000000 + s.g)::text END,
       s.created_at,
       s.created_at + (s.g % 5) * interval '1 day',
       s.g % 3
FROM bench_seed s;

INSERT INTO participation_channel (id, candidate_id, platform, kind, handle, profile_url, community_name, channel_key,
                                   role, frequency, since, audience_size, notes, created_at, updated_at, version)
SELECT md5('socialhire-bench-channel-' || s.g || '-' || k)::uuid,
       s.id,
       p.platform,
       p.kind,
       p.handle,
       p.url,
       p.community_name,
       p.key,
       (ARRAY['member','contributor','creator','moderator','organizer'])[1 + (s.g + k) % 5],
       (ARRAY['daily','weekly','monthly','rarely'])[1 + (s.g * 3 + k) % 4],
       CASE WHEN (s.g + k) % 3 = 0 THEN NULL
            ELSE to_char(date '2012-01-01' + ((s.g * 13 + k * 7) % 165) * interval '1 month', 'YYYY-MM') END,
       CASE WHEN (s.g + k) % 4 = 0 THEN NULL ELSE ((s.g * 37 + k * 101) % 50000)::bigint END,
       CASE WHEN (s.g + k) % 10 = 0 THEN 'Runs the weekly AMA and the onboarding thread.' END,
       s.created_at + k * interval '1 microsecond',
       s.created_at + k * interval '1 microsecond',
       0
FROM bench_seed s
CROSS JOIN LATERAL generate_series(0, 1 + s.g % 3) AS k
CROSS JOIN LATERAL (
    SELECT (ARRAY['x','reddit','discord','linkedin','github','mastodon','youtube','twitch','instagram','tiktok','bluesky','slack'])
               [1 + (s.g * 7 + k * 5) % 12] AS platform,
           left(s.fn, 8) || s.g AS h,   -- e.g. Maya12345: fits every platform's user handle pattern
           (ARRAY['CommunityManager','socialmedia','gamedev','marketing','indiegaming','webdev','SaaS','devrel',
                  'ContentCreation','Twitch','NewTubers','startups'])[1 + (s.g + k) % 12] AS subreddit,
           (ARRAY['IndieDevs','CMXhub','gamedevlounge','Reactiflux','TheCoding-Den','creatorhub','pixelart',
                  'speedrun','DevRelCollective','SocialMediaPros'])[1 + (s.g + k) % 10] || (s.g % 97) AS invite,
           (ARRAY['mastodon.social','hachyderm.io','fosstodon.org','mas.to'])[1 + s.g % 4] AS instance,
           (ARRAY['cmxhub','devrelcollective','rands-leadership','indiehackers','superpath','communityclub'])[1 + (s.g + k) % 6] AS workspace
) v
CROSS JOIN LATERAL (
    SELECT v.platform,
           CASE WHEN v.platform IN ('reddit', 'discord', 'slack') AND NOT (v.platform = 'reddit' AND s.g % 4 = 0)
                THEN 'community' ELSE 'user' END AS kind,
           CASE v.platform
               WHEN 'reddit'   THEN CASE WHEN s.g % 4 = 0 THEN 'u/' || v.h ELSE 'r/' || v.subreddit END
               WHEN 'discord'  THEN v.invite
               WHEN 'linkedin' THEN lower(s.fn || '-' || s.ln || '-' || s.g)
               WHEN 'mastodon' THEN '@' || v.h || '@' || v.instance
               WHEN 'youtube'  THEN '@' || v.h
               WHEN 'bluesky'  THEN lower(v.h) || '.bsky.social'
               WHEN 'slack'    THEN v.workspace
               ELSE v.h
           END AS handle,
           CASE v.platform
               WHEN 'x'         THEN 'https://x.com/' || v.h
               WHEN 'reddit'    THEN CASE WHEN s.g % 4 = 0 THEN 'https://www.reddit.com/user/' || v.h
                                          ELSE 'https://www.reddit.com/r/' || v.subreddit END
               WHEN 'discord'   THEN 'https://discord.gg/' || v.invite
               WHEN 'linkedin'  THEN 'https://www.linkedin.com/in/' || lower(s.fn || '-' || s.ln || '-' || s.g)
               WHEN 'github'    THEN 'https://github.com/' || v.h
               WHEN 'mastodon'  THEN 'https://' || v.instance || '/@' || v.h
               WHEN 'youtube'   THEN 'https://www.youtube.com/@' || v.h
               WHEN 'twitch'    THEN 'https://www.twitch.tv/' || v.h
               WHEN 'instagram' THEN 'https://www.instagram.com/' || v.h
               WHEN 'tiktok'    THEN 'https://www.tiktok.com/@' || v.h
               WHEN 'bluesky'   THEN 'https://bsky.app/profile/' || lower(v.h) || '.bsky.social'
               WHEN 'slack'     THEN 'https://' || v.workspace || '.slack.com'
           END AS url,
           NULL::varchar AS community_name,
           CASE v.platform
               WHEN 'reddit'   THEN CASE WHEN s.g % 4 = 0 THEN 'reddit:user:' || lower(v.h)
                                         ELSE 'reddit:community:' || lower(v.subreddit) END
               WHEN 'discord'  THEN 'discord:community:' || v.invite
               WHEN 'linkedin' THEN 'linkedin:user:' || lower(s.fn || '-' || s.ln || '-' || s.g)
               WHEN 'mastodon' THEN 'mastodon:user:' || lower(v.h) || '@' || v.instance
               WHEN 'youtube'  THEN 'youtube:user:@' || lower(v.h)
               WHEN 'bluesky'  THEN 'bluesky:user:' || lower(v.h) || '.bsky.social'
               WHEN 'slack'    THEN 'slack:community:' || v.workspace
               ELSE v.platform || ':user:' || lower(v.h)
           END AS key
) p;

COMMIT;

-- VACUUM, not only ANALYZE: it also sets the visibility map, so index-only scans skip the heap as
-- they do on a database whose rows have aged; otherwise autovacuum does it in the middle of a run.
VACUUM (ANALYZE) candidate;
VACUUM (ANALYZE) participation_channel;

SELECT count(*) AS candidates FROM candidate;
SELECT count(*) AS channels FROM participation_channel;
SELECT platform, count(*) AS channels FROM participation_channel GROUP BY platform ORDER BY 2 DESC;
