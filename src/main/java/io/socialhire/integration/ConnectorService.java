package io.socialhire.integration;

import io.socialhire.common.ApiException;
import io.socialhire.common.Changes;
import io.socialhire.common.ETags;
import io.socialhire.common.MergePatch;
import io.socialhire.common.Problem;
import io.socialhire.common.ProblemType;
import io.socialhire.common.PublicUrls;
import io.socialhire.common.SecretBox;
import io.socialhire.common.Secrets;
import io.socialhire.event.DomainEvent;
import io.socialhire.invitation.AssessmentPackageService;
import io.socialhire.invitation.InvitationEmails;
import io.socialhire.invitation.PackageViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The connectors' configuration (by admins, through the API) and the check of the key an ATS
 * presents. A connector is enabled only with SOCIALHIRE_SECRETS_KEY set (report URLs and keys must
 * be sealed), an inbound key issued and, for Ashby, the customer's Ashby API key.
 */
@ApplicationScoped
@Transactional
public class ConnectorService {

    /** The names each ATS gives the calls it makes to us, in the order its docs list them. */
    static final Map<ConnectorKind, List<String>> INBOUND_CALLS = Map.of(
            ConnectorKind.GREENHOUSE, List.of("list_tests", "send_test", "test_status", "response_error"),
            ConnectorKind.ASHBY, List.of("assessment.list", "assessment.start", "assessment.cancel"));

    private final EntityManager em;
    private final MergePatch mergePatch;
    private final SecretBox box;
    private final Event<DomainEvent> events;
    private final PublicUrls urls;
    private final AssessmentPackageService packages;
    private final InvitationEmails emails;

    public ConnectorService(EntityManager em, MergePatch mergePatch, SecretBox box, Event<DomainEvent> events, PublicUrls urls,
            AssessmentPackageService packages, InvitationEmails emails) {
        this.emails = emails;
        this.em = em;
        this.mergePatch = mergePatch;
        this.box = box;
        this.events = events;
        this.urls = urls;
        this.packages = packages;
    }

    /** The connector named in a path; a 404 for any other name. */
    public static ConnectorKind kind(String name) {
        ConnectorKind kind = ConnectorKind.of(name);
        if (kind == null) {
            throw ApiException.notFound("Connector", name == null ? "" : name.length() > 40 ? name.substring(0, 40) + "…" : name);
        }
        return kind;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConnectorViews.View get(ConnectorKind kind) {
        return view(load(kind, LockModeType.NONE));
    }

    public ConnectorViews.View patch(ConnectorKind kind, String ifMatch, String body) {
        var patch = mergePatch.parse(body);
        Connector c = load(kind, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, c.version);
        ConnectorViews.Input current = new ConnectorViews.Input(c.enabled, List.copyOf(c.packageIds), null);
        ConnectorViews.Input patched = mergePatch.apply(current, patch, ConnectorViews.Input.class);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (patched.ashbyApiKey() != null && kind != ConnectorKind.ASHBY) {
            errors.add(new Problem.FieldError("ashbyApiKey", "only the Ashby connector takes an Ashby API key"));
        }
        if (patched.ashbyApiKey() != null && patched.ashbyApiKey().isBlank()) {
            errors.add(new Problem.FieldError("ashbyApiKey", "must not be blank"));
        }
        List<String> packageIds = patched.packageIds() == null ? List.of() : patched.packageIds().stream().distinct().toList();
        Set<String> active = packages.list(PackageViews.Status.ACTIVE).stream().map(PackageViews.View::id).collect(Collectors.toSet());
        for (int i = 0; i < packageIds.size(); i++) {
            if (!active.contains(packageIds.get(i))) {
                errors.add(new Problem.FieldError("packageIds[" + i + "]", "no active package has this id"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The request is well-formed but cannot be carried out.", errors, null);
        }
        boolean enabled = Boolean.TRUE.equals(patched.enabled());
        if (enabled && !c.enabled) {
            requireCanEnable(kind, c, patched.ashbyApiKey() != null);
        }
        Instant now = now();
        List<String> changed = new ArrayList<>(Changes.between(current, patched));
        if (patched.ashbyApiKey() != null) {
            c.outboundKeySealed = box.seal(patched.ashbyApiKey().strip()).orElseThrow(ConnectorService::noSecretsKey);
            c.outboundKeyUpdatedAt = now;
        }
        c.enabled = enabled;
        c.packageIds = new ArrayList<>(packageIds);
        if (!changed.isEmpty()) {
            c.updatedAt = now;
            em.flush();
            events.fire(new ConnectorEvents.Updated(kind, changed));
        }
        return view(c);
    }

    /** A new inbound key, shown this once; the one it replaces stops working at once. */
    public ConnectorViews.KeyIssued issueKey(ConnectorKind kind) {
        Connector c = load(kind, LockModeType.PESSIMISTIC_WRITE);
        ConnectorKey key = ConnectorKey.generate();
        Instant now = now();
        c.inboundKeyHash = key.hash();
        c.inboundKeySealed = box.seal(key.value()).orElseThrow(ConnectorService::noSecretsKey);
        c.inboundKeyHint = key.hint();
        c.inboundKeyIssuedAt = now;
        c.updatedAt = now;
        em.flush();
        events.fire(new ConnectorEvents.KeyIssued(kind));
        return new ConnectorViews.KeyIssued(kind, key.value(), now);
    }

    /**
     * Whether the Authorization header carries this enabled connector's key as the Basic username
     * (the password is empty); compared by SHA-256 in constant time.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean authenticates(ConnectorKind kind, String authorization) {
        Optional<String> presented = basicUsername(authorization);
        Connector c = em.find(Connector.class, kind.json());
        // Hash even when there is nothing to compare with, so a disabled connector takes as long to refuse.
        byte[] stored = c == null || !c.enabled || c.inboundKeyHash == null ? new byte[32] : c.inboundKeyHash;
        boolean matches = Secrets.matches(presented.orElse(""), stored);
        return matches && presented.isPresent() && c != null && c.enabled && c.inboundKeyHash != null;
    }

    /** The packages this connector offers, active ones only, in the packages' order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PackageViews.View> offered(ConnectorKind kind) {
        Connector c = load(kind, LockModeType.NONE);
        return packages.list(PackageViews.Status.ACTIVE).stream().filter(p -> c.packageIds.isEmpty() || c.packageIds.contains(p.id()))
                .toList();
    }

    /** The inbound key, opened, for callbacks that present it back (Greenhouse's PATCH). */
    // In a transaction of its own: the callback worker calls it outside any request.
    public Optional<String> inboundKey(ConnectorKind kind) {
        Connector c = em.find(Connector.class, kind.json());
        return c == null ? Optional.empty() : box.open(c.inboundKeySealed);
    }

    /** The customer's key for the ATS's API, opened. */
    // In a transaction of its own: the callback worker calls it outside any request.
    public Optional<String> outboundKey(ConnectorKind kind) {
        Connector c = em.find(Connector.class, kind.json());
        return c == null ? Optional.empty() : box.open(c.outboundKeySealed);
    }

    static Optional<String> basicUsername(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String username = colon < 0 ? decoded : decoded.substring(0, colon);
            return username.isEmpty() ? Optional.empty() : Optional.of(username);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not base64: no key at all
        }
    }

    private void requireCanEnable(ConnectorKind kind, Connector c, boolean ashbyKeyGiven) {
        requireCanEnable(kind, new Readiness(box.available(), emails.configured(), c.inboundKeyHash != null,
                c.outboundKeySealed != null || ashbyKeyGiven));
    }

    /** What enabling a connector depends on: the service's secrets key and email, and the connector's keys. */
    record Readiness(boolean secretsKey, boolean email, boolean inboundKey, boolean ashbyKey) {
    }

    /** The rule, apart from where its facts come from: a 422 naming everything still missing, or nothing. */
    static void requireCanEnable(ConnectorKind kind, Readiness ready) {
        if (!ready.secretsKey()) {
            throw noSecretsKey();
        }
        List<Problem.FieldError> missing = new ArrayList<>();
        if (!ready.inboundKey()) {
            missing.add(new Problem.FieldError("enabled",
                    "issue an inbound key first (POST /api/v1/integrations/" + kind.json() + "/key)"));
        }
        if (!ready.email()) {
            missing.add(new Problem.FieldError("enabled", "configure email first (socialhire.invitations.email-from and quarkus.mailer.*):"
                    + " the ATS leaves it to socialhire to send the candidate their link"));
        }
        if (kind == ConnectorKind.ASHBY && !ready.ashbyKey()) {
            missing.add(new Problem.FieldError("ashbyApiKey", "required to enable the Ashby connector"));
        }
        if (!missing.isEmpty()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The connector cannot be enabled yet.", missing, null);
        }
    }

    private static ApiException noSecretsKey() {
        return new ApiException(ProblemType.UNPROCESSABLE, "ATS connectors keep report URLs and keys sealed, and no key seals them: set "
                + SecretBox.ENV + " (32 random bytes in base64) and restart.",
                List.of(new Problem.FieldError("enabled", SecretBox.ENV + " is not set")), null);
    }

    private Connector load(ConnectorKind kind, LockModeType lock) {
        Connector c = em.find(Connector.class, kind.json(), lock);
        if (c == null) {
            throw ApiException.notFound("Connector", kind.json()); // the migration creates both rows
        }
        return c;
    }

    private ConnectorViews.View view(Connector c) {
        ConnectorKind kind = ConnectorKind.of(c.name);
        Map<String, String> endpoints = new LinkedHashMap<>();
        for (String call : INBOUND_CALLS.get(kind)) {
            endpoints.put(call, urls.at("/integrations/" + kind.json() + "/" + call).toString());
        }
        return new ConnectorViews.View(kind, c.enabled,
                c.inboundKeyHash == null ? null : new ConnectorViews.InboundKey(c.inboundKeyHint, c.inboundKeyIssuedAt),
                kind == ConnectorKind.ASHBY ? c.outboundKeySealed != null : null, List.copyOf(c.packageIds), endpoints, c.updatedAt,
                c.version);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
