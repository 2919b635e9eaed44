package io.socialhire.candidate;

import io.socialhire.common.ApiEnum;
import io.socialhire.common.ApiException;
import io.socialhire.common.Changes;
import io.socialhire.common.Cursor;
import io.socialhire.common.ETags;
import io.socialhire.common.MergePatch;
import io.socialhire.common.Page;
import io.socialhire.common.ProblemType;
import io.socialhire.common.RetryLostRaces;
import io.socialhire.event.DomainEvent;
import io.socialhire.platform.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Candidates and their channels: the rules and the transactions. Writes to a candidate or its
 * channels hold the candidate's row lock, so concurrent writers take turns instead of failing on
 * each other's versions; creates that lose a race on a unique key run again and answer as the
 * pre-check would have.
 */
@ApplicationScoped
@Transactional
@RetryLostRaces
public class CandidateService {

    /** Upper bound on channels per candidate, so one record cannot grow without limit. */
    static final int MAX_CHANNELS = 50;

    private final CandidateRepository candidates;
    private final ChannelRepository channels;
    private final ChannelIdentities identities;
    private final MergePatch mergePatch;
    private final Event<CandidateErasure> erasures;
    private final Event<DomainEvent> events;

    public CandidateService(CandidateRepository candidates, ChannelRepository channels, ChannelIdentities identities,
            MergePatch mergePatch, Event<CandidateErasure> erasures, Event<DomainEvent> events) {
        this.candidates = candidates;
        this.channels = channels;
        this.erasures = erasures;
        this.events = events;
        this.identities = identities;
        this.mergePatch = mergePatch;
    }

    /** A candidate view with the version its ETag is built from. */
    public record Upserted(CandidateView candidate, boolean created) {
    }

    public CandidateView create(CandidateInput input) {
        Instant now = now();
        Candidate candidate = new Candidate();
        candidate.id = UUID.randomUUID();
        candidate.createdAt = now;
        ensureUnique(candidate.id, input.email(), input.ats());
        applyProfile(candidate, input, input.ats());
        candidate.updatedAt = now;
        if (input.channels() != null) {
            replaceChannels(candidate, input.channels(), now);
        }
        candidates.persistAndFlush(candidate);
        events.fire(new CandidateEvents.Created(candidate.id, Changes.between(null, input)));
        return view(candidate);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CandidateView get(UUID id) {
        return candidates.findView(id).orElseThrow(() -> ApiException.notFound("Candidate", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CandidateView> list(CandidateFilter filter, Cursor after, int limit) {
        CandidateFilter normalized = filter.tag() == null ? filter
                : new CandidateFilter(filter.q(), filter.platform(), normalizeTag(filter.tag()), filter.updatedSince());
        return candidates.page(normalized, after, limit);
    }

    public CandidateView patch(UUID id, String ifMatch, String patchBody) {
        JsonObject patch = mergePatch.parse(patchBody);
        if (patch.containsKey("channels")) {
            throw ApiException.invalid("channels",
                    "channels are changed through /api/v1/candidates/{id}/channels, not by patching the candidate");
        }
        Candidate candidate = lock(id);
        ETags.requireMatch(ifMatch, candidate.version);
        CandidateInput current = toInput(candidate);
        CandidateInput patched = mergePatch.apply(current, patch, CandidateInput.class);
        if (!patched.equals(current)) {
            // Checked before the entity changes: the query would otherwise flush a half-made update.
            ensureUnique(candidate.id, patched.email(), patched.ats());
            applyProfile(candidate, patched, patched.ats());
            candidate.updatedAt = now();
            candidates.flush();
            events.fire(new CandidateEvents.Updated(candidate.id, Changes.between(current, patched)));
        }
        return view(candidate);
    }

    /**
     * Erases the candidate: profile and channels are deleted, and every feature holding data about
     * the person erases it in this same transaction (see CandidateErasure). The audit event names
     * only the id.
     */
    public void erase(UUID id) {
        Candidate candidate = lock(id);
        erasures.fire(new CandidateErasure(id));
        candidates.delete(candidate);
        candidates.flush();
        events.fire(new CandidateEvents.Erased(id));
    }

    /**
     * Create-or-update keyed by the ATS reference. Repeating a request changes nothing: no new
     * version, no new updatedAt, no duplicate.
     */
    public Upserted upsertByExternalId(String source, String externalId, CandidateInput input) {
        AtsReference ref = new AtsReference(source, externalId);
        if (input.ats() != null && !input.ats().equals(ref)) {
            throw ApiException.invalid("ats", "must be absent or equal to the source and externalId in the path");
        }
        // Upserts of one reference take turns: with no row yet to lock, parallel creators would otherwise
        // all create, and the losers would meet the winner's row in create's duplicate check as a 409.
        candidates.takeTurnOnExternalId(source, externalId);
        Optional<Candidate> existing = candidates.lockByExternalId(source, externalId);
        if (existing.isEmpty()) {
            CandidateInput withRef = new CandidateInput(input.fullName(), input.email(), input.phone(), input.location(),
                    input.headline(), input.tags(), ref, input.channels());
            return new Upserted(create(withRef), true);
        }
        Candidate candidate = existing.get();
        Instant now = now();
        CandidateInput before = toInput(candidate);
        CandidateInput wanted = new CandidateInput(input.fullName(), input.email(), input.phone(), input.location(),
                input.headline(), input.tags(), ref, null);
        boolean changed = false;
        List<String> changedFields = new ArrayList<>(Changes.between(normalized(before), normalized(wanted)));
        if (!normalized(wanted).equals(normalized(before))) {
            ensureUnique(candidate.id, wanted.email(), ref);
            applyProfile(candidate, wanted, ref);
            changed = true;
        }
        if (input.channels() != null && replaceChannels(candidate, input.channels(), now)) {
            changed = true;
            changedFields.add("channels");
        }
        if (changed) {
            candidate.updatedAt = now;
            candidates.flush();
            events.fire(new CandidateEvents.Updated(candidate.id, changedFields));
        }
        return new Upserted(view(candidate), false);
    }

    /**
     * The candidate with this ATS reference as it is, or a new one made from the input when there is
     * none: for orders that name a candidate inline and must not change a profile the ATS keeps
     * through its own upserts. Takes the same turn as {@link #upsertByExternalId}.
     */
    public CandidateView findOrCreateByExternalId(String source, String externalId, CandidateInput input) {
        candidates.takeTurnOnExternalId(source, externalId);
        Optional<Candidate> existing = candidates.lockByExternalId(source, externalId);
        if (existing.isPresent()) {
            return view(existing.get());
        }
        return create(new CandidateInput(input.fullName(), input.email(), input.phone(), input.location(), input.headline(),
                input.tags(), new AtsReference(source, externalId), input.channels()));
    }

    /** 404 unless the candidate exists; for features that hang data off a candidate. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireExists(UUID id) {
        if (candidates.findById(id) == null) {
            throw ApiException.notFound("Candidate", id);
        }
    }

    // --- channels ---------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChannelView> channels(UUID candidateId) {
        return candidates.findView(candidateId).map(CandidateView::channels)
                .orElseThrow(() -> ApiException.notFound("Candidate", candidateId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChannelView channel(UUID candidateId, UUID channelId) {
        return view(loadChannel(load(candidateId), channelId));
    }

    public ChannelView addChannel(UUID candidateId, ChannelInput input) {
        Candidate candidate = lock(candidateId);
        if (candidate.channels.size() >= MAX_CHANNELS) {
            throw new ApiException(ProblemType.UNPROCESSABLE,
                    "A candidate can declare at most " + MAX_CHANNELS + " channels; delete one first.");
        }
        Instant now = now();
        Channel channel = newChannel(candidate, input, "", now);
        candidate.channels.stream().filter(c -> c.channelKey.equals(channel.channelKey)).findFirst().ifPresent(c -> {
            throw ApiException.conflict("The candidate already declared this channel.", c.id);
        });
        candidate.channels.add(channel);
        candidate.updatedAt = now;
        channels.persistAndFlush(channel);
        events.fire(new CandidateEvents.ChannelCreated(channel.id, Changes.between(null, input)));
        return view(channel);
    }

    public ChannelView patchChannel(UUID candidateId, UUID channelId, String ifMatch, String patchBody) {
        JsonObject patch = mergePatch.parse(patchBody);
        Candidate candidate = lock(candidateId);
        Channel channel = loadChannel(candidate, channelId);
        ETags.requireMatch(ifMatch, channel.version);
        ChannelInput current = toInput(channel);
        ChannelInput patched = mergePatch.apply(current, patch, ChannelInput.class);
        if (!patched.equals(current)) {
            Instant now = now();
            Channel updated = newChannel(candidate, patched, "", now);
            candidate.channels.stream()
                    .filter(c -> c != channel && c.channelKey.equals(updated.channelKey))
                    .findFirst().ifPresent(c -> {
                        throw ApiException.conflict("The candidate already declared this channel.", c.id);
                    });
            copyChannel(updated, channel);
            channel.updatedAt = now;
            candidate.updatedAt = now;
            channels.flush();
            events.fire(new CandidateEvents.ChannelUpdated(channel.id, Changes.between(current, patched)));
        }
        return view(channel);
    }

    public void deleteChannel(UUID candidateId, UUID channelId) {
        Candidate candidate = lock(candidateId);
        Channel channel = loadChannel(candidate, channelId);
        candidate.channels.remove(channel);
        candidate.updatedAt = now();
        events.fire(new CandidateEvents.ChannelDeleted(channel.id));
    }

    /**
     * Adds the channels a candidate declares themselves (on the invitation page) to the ones on
     * record: a channel already declared is updated, none is removed. The same validation as the
     * API; errors name "channels[i].field".
     */
    public void declareChannels(UUID candidateId, List<ChannelInput> inputs) {
        Candidate candidate = lock(candidateId);
        Instant now = now();
        Map<String, Channel> current = candidate.channels.stream().collect(Collectors.toMap(c -> c.channelKey, Function.identity()));
        Set<String> seen = new java.util.HashSet<>();
        boolean changed = false;
        for (int i = 0; i < inputs.size(); i++) {
            Channel next = newChannel(candidate, inputs.get(i), "channels[" + i + "].", now.plus(i, ChronoUnit.MICROS));
            if (!seen.add(next.channelKey)) {
                throw ApiException.invalid("channels[" + i + "]", "declares the same channel as an earlier entry");
            }
            if (!current.containsKey(next.channelKey) && candidate.channels.size() >= MAX_CHANNELS) {
                throw ApiException.invalid("channels[" + i + "]", "a candidate can declare at most " + MAX_CHANNELS + " channels");
            }
            changed |= addOrUpdate(candidate, current, next, now);
        }
        if (changed) {
            candidate.updatedAt = now;
            candidates.flush();
            events.fire(new CandidateEvents.Updated(candidate.id, List.of("channels")));
        }
    }

    // --- rules ------------------------------------------------------------------------------

    private Candidate load(UUID id) {
        return candidates.findWithChannels(id).orElseThrow(() -> ApiException.notFound("Candidate", id));
    }

    /** The candidate, locked until the transaction ends, so concurrent writers take turns. */
    private Candidate lock(UUID id) {
        return candidates.lockById(id).orElseThrow(() -> ApiException.notFound("Candidate", id));
    }

    private static Channel loadChannel(Candidate candidate, UUID channelId) {
        return candidate.channels.stream().filter(c -> c.id.equals(channelId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Channel", channelId));
    }

    /** 409 naming the other candidate when the email or ATS reference is taken. */
    private void ensureUnique(UUID id, String email, AtsReference ats) {
        candidates.otherWithEmail(normalizeEmail(email), id).ifPresent(other -> {
            throw ApiException.conflict("A candidate with this email already exists.", other);
        });
        if (ats != null) {
            candidates.otherWithExternalId(ats.source(), ats.externalId(), id).ifPresent(other -> {
                throw ApiException.conflict("A candidate with this ATS source and externalId already exists.", other);
            });
        }
    }

    private static void applyProfile(Candidate c, CandidateInput input, AtsReference ats) {
        c.fullName = input.fullName().strip();
        c.email = normalizeEmail(input.email());
        c.phone = blankToNull(input.phone());
        c.location = blankToNull(input.location());
        c.headline = blankToNull(input.headline());
        c.tags = normalizeTags(input.tags());
        c.atsSource = ats == null ? null : ats.source();
        c.atsExternalId = ats == null ? null : ats.externalId();
    }

    /** Replaces the channel list, keeping (and updating) channels whose identity is unchanged. */
    private boolean replaceChannels(Candidate candidate, List<ChannelInput> inputs, Instant now) {
        Map<String, Channel> wanted = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            // One microsecond apart, so channels declared together keep their order.
            Channel channel = newChannel(candidate, inputs.get(i), "channels[" + i + "].", now.plus(i, ChronoUnit.MICROS));
            Channel earlier = wanted.putIfAbsent(channel.channelKey, channel);
            if (earlier != null) {
                throw ApiException.invalid("channels[" + i + "]", "declares the same channel as an earlier entry");
            }
        }
        boolean changed = false;
        Map<String, Channel> current = candidate.channels.stream()
                .collect(Collectors.toMap(c -> c.channelKey, Function.identity()));
        for (Channel old : new ArrayList<>(candidate.channels)) {
            if (!wanted.containsKey(old.channelKey)) {
                candidate.channels.remove(old);
                changed = true;
            }
        }
        for (Channel next : wanted.values()) {
            changed |= addOrUpdate(candidate, current, next, now);
        }
        return changed;
    }

    /** Adds the channel, or updates the one with its identity; whether anything changed. */
    private static boolean addOrUpdate(Candidate candidate, Map<String, Channel> current, Channel next, Instant now) {
        Channel old = current.get(next.channelKey);
        if (old == null) {
            candidate.channels.add(next);
            return true;
        }
        if (sameContent(old, next)) {
            return false;
        }
        copyChannel(next, old);
        old.updatedAt = now;
        return true;
    }

    private Channel newChannel(Candidate candidate, ChannelInput input, String fieldPrefix, Instant now) {
        Platform platform = identities.platform(input.platform(), fieldPrefix);
        ChannelIdentities.Identity identity = identities.identify(platform, input.handle(), input.profileUrl(),
                input.communityName(), fieldPrefix);
        if (input.since() != null && YearMonth.parse(input.since()).isAfter(YearMonth.now(ZoneOffset.UTC))) {
            throw ApiException.invalid(fieldPrefix + "since", "must not be in the future");
        }
        Channel c = new Channel();
        c.id = UUID.randomUUID();
        c.candidate = candidate;
        c.platform = platform.id();
        c.kind = identity.kind().jsonValue();
        c.handle = identity.handle();
        c.profileUrl = identity.canonicalUrl();
        c.communityName = blankToNull(input.communityName());
        c.channelKey = identity.key();
        c.role = input.role().json();
        c.frequency = input.frequency().json();
        c.since = input.since();
        c.audienceSize = input.audienceSize();
        c.notes = blankToNull(input.notes());
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    private static boolean sameContent(Channel a, Channel b) {
        return Objects.equals(a.platform, b.platform) && Objects.equals(a.kind, b.kind)
                && Objects.equals(a.handle, b.handle) && Objects.equals(a.profileUrl, b.profileUrl)
                && Objects.equals(a.communityName, b.communityName) && Objects.equals(a.role, b.role)
                && Objects.equals(a.frequency, b.frequency) && Objects.equals(a.since, b.since)
                && Objects.equals(a.audienceSize, b.audienceSize) && Objects.equals(a.notes, b.notes);
    }

    private static void copyChannel(Channel from, Channel to) {
        to.platform = from.platform;
        to.kind = from.kind;
        to.handle = from.handle;
        to.profileUrl = from.profileUrl;
        to.communityName = from.communityName;
        to.channelKey = from.channelKey;
        to.role = from.role;
        to.frequency = from.frequency;
        to.since = from.since;
        to.audienceSize = from.audienceSize;
        to.notes = from.notes;
    }

    // --- mapping ----------------------------------------------------------------------------

    private CandidateView view(Candidate c) {
        List<ChannelView> channels = c.channels.stream()
                .sorted(Comparator.comparing((Channel ch) -> ch.createdAt).thenComparing(ch -> ch.id, CandidateRepository.DATABASE_UUID_ORDER))
                .map(this::view).toList();
        AtsReference ats = c.atsSource == null ? null : new AtsReference(c.atsSource, c.atsExternalId);
        return new CandidateView(c.id, c.fullName, c.email, c.phone, c.location, c.headline, List.copyOf(c.tags), ats,
                channels, c.createdAt, c.updatedAt, c.version);
    }

    private ChannelView view(Channel c) {
        return ChannelView.of(c, identities.platformName(c.platform));
    }

    private static CandidateInput toInput(Candidate c) {
        AtsReference ats = c.atsSource == null ? null : new AtsReference(c.atsSource, c.atsExternalId);
        return new CandidateInput(c.fullName, c.email, c.phone, c.location, c.headline, new TreeSet<>(c.tags), ats, null);
    }

    private static ChannelInput toInput(Channel c) {
        return new ChannelInput(c.platform, c.handle, c.profileUrl, c.communityName, ApiEnum.fromJson(ChannelRole.class, c.role),
                ApiEnum.fromJson(Frequency.class, c.frequency), c.since, c.audienceSize, c.notes);
    }

    /** The input as it would be stored, so equal meaning compares equal. */
    private static CandidateInput normalized(CandidateInput i) {
        return new CandidateInput(i.fullName().strip(), normalizeEmail(i.email()), blankToNull(i.phone()),
                blankToNull(i.location()), blankToNull(i.headline()), new TreeSet<>(normalizeTags(i.tags())), i.ats(),
                null);
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static String normalizeTag(String tag) {
        return tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> normalizeTags(Set<String> tags) {
        if (tags == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(tags.stream().map(CandidateService::normalizeTag).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
