package io.socialhire.candidate;

import io.socialhire.common.ApiEnum;
import io.socialhire.common.Cursor;
import io.socialhire.common.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Every query about candidates. Writes load and lock {@link Candidate} entities; the API's reads
 * ({@link #findView}, {@link #page}) are one SQL statement per request with the rows mapped
 * straight to the API's views. Those reads skip Hibernate because hydrating managed entities
 * (snapshots, collection wrappers, fetch-join de-duplication) cost several times the query itself
 * on a 50-candidate page.
 *
 * <p>The page size and the platform filter go into the SQL as literals. Once the driver prepares a
 * statement on the server, PostgreSQL may switch to a generic plan that it keeps; with LIMIT as a
 * parameter that plan assumed a large result and walked the index with parallel workers (18 ms
 * instead of 1 ms), and with the platform as a parameter it would use one plan for every platform,
 * however rare. There are few distinct values (page sizes 1-200, catalog ids), so each gets a plan
 * made for it, without planning each request again.
 */
@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<Candidate, UUID> {

    private static final String CANDIDATE_COLUMNS = "c.id, c.full_name, c.email, c.phone, c.location, c.headline, c.tags,"
            + " c.ats_source, c.ats_external_id, c.created_at, c.updated_at, c.version";
    /** Candidates first, then each one's channels in their creation order (channel_candidate_idx). */
    private static final String WITH_CHANNELS = "SELECT " + CANDIDATE_COLUMNS + ", ch.id, ch.platform, ch.kind, ch.handle,"
            + " ch.profile_url, ch.community_name, ch.role, ch.frequency, ch.since, ch.audience_size, ch.notes,"
            + " ch.created_at, ch.updated_at, ch.version"
            + " FROM %s c LEFT JOIN participation_channel ch ON ch.candidate_id = c.id"
            + " ORDER BY c.created_at, c.id, ch.created_at, ch.id";
    private static final int CHANNEL_COLUMN = 13;
    private static final Pattern CATALOG_ID = Pattern.compile("[a-z][a-z0-9_]*");

    /** PostgreSQL orders uuid bytewise, unsigned; UUID.compareTo compares signed halves. */
    static final Comparator<UUID> DATABASE_UUID_ORDER = Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private final DataSource db;
    private final ChannelIdentities identities;

    public CandidateRepository(DataSource db, ChannelIdentities identities) {
        this.db = db;
        this.identities = identities;
    }

    /** The candidate with its channels, as the API shows it. */
    public Optional<CandidateView> findView(UUID id) {
        String sql = WITH_CHANNELS.formatted("(SELECT * FROM candidate WHERE id = ?)");
        List<CandidateView> found = query(sql, List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** One page in (created_at, id) order; the candidates are chosen first, so LIMIT counts candidates, not channels. */
    public Page<CandidateView> page(CandidateFilter filter, Cursor after, int limit) {
        StringBuilder page = new StringBuilder("(SELECT * FROM candidate c WHERE true");
        List<Object> params = new ArrayList<>();
        if (filter.q() != null) {
            String like = "%" + escapeLike(filter.q().strip()) + "%";
            page.append(" AND (c.full_name ILIKE ? ESCAPE '\\' OR c.email LIKE ? ESCAPE '\\')");
            params.add(like);
            params.add(like.toLowerCase(Locale.ROOT));
        }
        if (filter.platform() != null) {
            // A literal, not a parameter (see the class comment); only a catalog id can get here.
            if (!CATALOG_ID.matcher(filter.platform()).matches()) {
                throw new IllegalArgumentException("not a platform id from the catalog");
            }
            page.append(" AND EXISTS (SELECT 1 FROM participation_channel p WHERE p.candidate_id = c.id AND p.platform = '")
                    .append(filter.platform()).append("')");
        }
        if (filter.tag() != null) {
            page.append(" AND c.tags @> ARRAY[?::text]");
            params.add(filter.tag());
        }
        if (filter.updatedSince() != null) {
            page.append(" AND c.updated_at >= ?");
            params.add(filter.updatedSince().atOffset(ZoneOffset.UTC));
        }
        if (after != null) {
            page.append(" AND (c.created_at, c.id) > (?, ?)");
            params.add(after.createdAt().atOffset(ZoneOffset.UTC));
            params.add(after.id());
        }
        page.append(" ORDER BY c.created_at, c.id LIMIT ").append(limit + 1).append(')');
        return Page.fromOverfetch(query(WITH_CHANNELS.formatted(page), params), limit,
                c -> new Cursor(c.createdAt(), c.id()));
    }

    /**
     * The candidate, locked until the transaction ends ({@code SELECT ... FOR UPDATE}): the next
     * writer waits here and then reads what this one committed. Channels load when first used.
     */
    public Optional<Candidate> lockById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The candidate with its channels fetched in the same statement. */
    public Optional<Candidate> findWithChannels(UUID id) {
        return getEntityManager()
                .createQuery("SELECT c FROM Candidate c LEFT JOIN FETCH c.channels WHERE c.id = :id", Candidate.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    /**
     * Waits until no other transaction works on this ATS reference, and holds it until this one
     * ends: with no row yet to lock, parallel creators of one reference would otherwise all create.
     */
    public void takeTurnOnExternalId(String source, String externalId) {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(:ref, 0))) AS turn")
                .setParameter("ref", source + '\n' + externalId).getSingleResult();
    }

    /** The candidate with this ATS reference, locked until the transaction ends. */
    public Optional<Candidate> lockByExternalId(String source, String externalId) {
        return getEntityManager()
                .createQuery("SELECT c FROM Candidate c WHERE c.atsSource = :s AND c.atsExternalId = :e", Candidate.class)
                .setParameter("s", source).setParameter("e", externalId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Another candidate with this (normalized) email. */
    public Optional<UUID> otherWithEmail(String email, UUID except) {
        return getEntityManager()
                .createQuery("SELECT c.id FROM Candidate c WHERE c.email = :email AND c.id <> :id", UUID.class)
                .setParameter("email", email).setParameter("id", except)
                .getResultStream().findFirst();
    }

    /** Another candidate with this ATS reference. */
    public Optional<UUID> otherWithExternalId(String source, String externalId, UUID except) {
        return getEntityManager()
                .createQuery("SELECT c.id FROM Candidate c WHERE c.atsSource = :s AND c.atsExternalId = :e AND c.id <> :id",
                        UUID.class)
                .setParameter("s", source).setParameter("e", externalId).setParameter("id", except)
                .getResultStream().findFirst();
    }

    private List<CandidateView> query(String sql, List<Object> params) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return read(rows);
            }
        } catch (SQLException e) {
            // The cause chain keeps the SQLState, which the problem mapper turns into 503 when the database is away.
            throw new IllegalStateException("candidate read failed", e);
        }
    }

    /** Rows come grouped by candidate; a candidate without channels has one row with NULL channel columns. */
    private List<CandidateView> read(ResultSet rows) throws SQLException {
        List<CandidateView> candidates = new ArrayList<>();
        CandidateView current = null;
        while (rows.next()) {
            UUID id = rows.getObject(1, UUID.class);
            if (current == null || !current.id().equals(id)) {
                // The channel list is filled while the following rows belong to this candidate, then never again.
                current = candidate(rows, id, new ArrayList<>(4));
                candidates.add(current);
            }
            UUID channelId = rows.getObject(CHANNEL_COLUMN, UUID.class);
            if (channelId != null) {
                current.channels().add(channel(rows, channelId));
            }
        }
        return candidates;
    }

    private static CandidateView candidate(ResultSet r, UUID id, List<ChannelView> channels) throws SQLException {
        Array tags = r.getArray(7);
        String atsSource = r.getString(8);
        return new CandidateView(id, r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                tags == null ? List.of() : List.of((String[]) tags.getArray()),
                atsSource == null ? null : new AtsReference(atsSource, r.getString(9)),
                channels, instant(r, 10), instant(r, 11), r.getLong(12));
    }

    private ChannelView channel(ResultSet r, UUID id) throws SQLException {
        int i = CHANNEL_COLUMN;
        String platform = r.getString(i + 1);
        long audience = r.getLong(i + 9);
        Long audienceSize = r.wasNull() ? null : audience;
        return new ChannelView(id, platform, identities.platformName(platform), r.getString(i + 2), r.getString(i + 3),
                r.getString(i + 4), r.getString(i + 5), ApiEnum.fromJson(ChannelRole.class, r.getString(i + 6)),
                ApiEnum.fromJson(Frequency.class, r.getString(i + 7)), r.getString(i + 8), audienceSize, r.getString(i + 10),
                instant(r, i + 11), instant(r, i + 12), r.getLong(i + 13));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        return r.getObject(column, OffsetDateTime.class).toInstant();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
