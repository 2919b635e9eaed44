package io.socialhire.role;

import io.quarkus.runtime.StartupEvent;
import io.socialhire.common.ApiException;
import io.socialhire.common.Changes;
import io.socialhire.common.ETags;
import io.socialhire.common.MergePatch;
import io.socialhire.common.RetryLostRaces;
import io.socialhire.common.Text;
import io.socialhire.engine.RoleProfile;
import io.socialhire.event.DomainEvent;
import io.socialhire.platform.Platform;
import io.socialhire.platform.PlatformCatalog;
import io.socialhire.platform.PlatformCategory;
import io.socialhire.rubric.RubricRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonObject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Role profiles: the shipped ones are published at startup; hiring teams add and tune their own. */
@ApplicationScoped
@Transactional
@RetryLostRaces
public class RoleService {

    private final RoleRepository roles;
    private final PlatformCatalog catalog;
    private final RubricRegistry rubrics;
    private final MergePatch mergePatch;
    private final Event<DomainEvent> events;
    /** Rebuilt after every change; matching reads it without touching the database. */
    private volatile RoleMatcher matcher;

    public RoleService(RoleRepository roles, PlatformCatalog catalog, RubricRegistry rubrics, MergePatch mergePatch, Event<DomainEvent> events) {
        this.events = events;
        this.roles = roles;
        this.catalog = catalog;
        this.rubrics = rubrics;
        this.mergePatch = mergePatch;
    }

    void publishBuiltins(@Observes StartupEvent started) {
        Instant now = now();
        for (RoleProfile profile : RoleMatcher.loadDefault().profiles()) {
            roles.insertBuiltinIfAbsent(profile, now);
        }
        matcher = null;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoleView> list() {
        return roles.listForDisplay().stream().map(RoleService::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoleView get(String id) {
        return view(load(id, LockModeType.NONE));
    }

    public RoleView create(RoleInput input) {
        Role role = new Role();
        role.id = input.id() != null ? input.id() : Text.slug(input.title(), "role");
        Role existing = roles.findById(role.id);
        if (existing != null) {
            throw new ApiException(io.socialhire.common.ProblemType.CONFLICT,
                    "A role with id '" + role.id + "' already exists; PATCH it or choose another id.", List.of(), null);
        }
        apply(role, input);
        role.createdAt = now();
        role.updatedAt = role.createdAt;
        roles.persistAndFlush(role);
        events.fire(new RoleEvents.Created(role.id, Changes.between(null, input)));
        matcher = null;
        return view(role);
    }

    public RoleView patch(String id, String ifMatch, String body) {
        JsonObject patch = mergePatch.parse(body);
        Role role = load(id, LockModeType.PESSIMISTIC_WRITE); // concurrent patches take turns
        ETags.requireMatch(ifMatch, role.version);
        RoleInput current = new RoleInput(role.id, role.title, role.rubricKey, role.focusCategories, role.focusPlatforms,
                role.keywords);
        RoleInput patched = mergePatch.apply(current, patch, RoleInput.class);
        if (!role.id.equals(patched.id())) {
            throw ApiException.invalid("id", "cannot change; create a new role instead");
        }
        if (!patched.equals(current)) {
            apply(role, patched);
            role.updatedAt = now();
            roles.flush();
            events.fire(new RoleEvents.Updated(role.id, Changes.between(current, patched)));
            matcher = null;
        }
        return view(role);
    }

    /** The profile for an explicit role id; 400 naming the field when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RoleMatch byId(String id) {
        return matcher().byId(id.matches(RoleInput.ID) ? id : "").map(p -> new RoleMatch(p, 1.0, "role_id", null))
                .orElseThrow(() -> ApiException.invalid("roleId", "no role '" + Text.abbreviate(id)
                        + "'; GET /api/v1/roles lists them"));
    }

    /** The closest profile for a job title as an ATS sends it; the generic profile when nothing matches. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RoleMatch match(String title) {
        return matcher().match(title);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoleMatch generic() {
        return new RoleMatch(matcher().generic(), 0.0, "default", null);
    }

    private RoleMatcher matcher() {
        RoleMatcher current = matcher;
        if (current == null) {
            List<RoleProfile> profiles = roles.listById().stream()
                    .map(r -> new RoleProfile(r.id, r.title, r.rubricKey, r.focusCategories, r.focusPlatforms, r.keywords))
                    .toList();
            current = new RoleMatcher(profiles);
            matcher = current;
        }
        return current;
    }

    private void apply(Role role, RoleInput input) {
        role.title = input.title().strip();
        String rubricKey = input.rubricKey() == null || input.rubricKey().isBlank() ? RubricRegistry.DEFAULT_KEY
                : input.rubricKey().strip();
        if (!rubrics.exists(rubricKey)) {
            throw ApiException.invalid("rubricKey", "no rubric '" + Text.abbreviate(rubricKey) + "'");
        }
        role.rubricKey = rubricKey;
        List<String> categories = new ArrayList<>();
        List<String> known = Arrays.stream(PlatformCategory.values()).map(PlatformCategory::jsonValue).toList();
        List<String> givenCategories = input.focusCategories() == null ? List.of() : input.focusCategories();
        for (int i = 0; i < givenCategories.size(); i++) {
            String category = givenCategories.get(i).strip();
            if (!known.contains(category)) {
                throw ApiException.invalid("focusCategories[" + i + "]", "must be one of: " + String.join(", ", known));
            }
            categories.add(category);
        }
        List<String> platforms = new ArrayList<>();
        List<String> givenPlatforms = input.focusPlatforms() == null ? List.of() : input.focusPlatforms();
        for (int i = 0; i < givenPlatforms.size(); i++) {
            int index = i;
            platforms.add(catalog.resolve(givenPlatforms.get(i)).map(Platform::id).orElseThrow(() ->
                    ApiException.invalid("focusPlatforms[" + index + "]", "unknown platform; GET /api/v1/platforms lists them")));
        }
        role.focusCategories = new ArrayList<>(new LinkedHashSet<>(categories));
        role.focusPlatforms = new ArrayList<>(new LinkedHashSet<>(platforms));
        List<String> keywords = input.keywords() == null ? List.of() : input.keywords();
        role.keywords = new ArrayList<>(keywords.stream().map(k -> k.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private Role load(String id, LockModeType lock) {
        Role role = id.matches(RoleInput.ID) ? roles.findById(id, lock) : null;
        if (role == null) {
            throw ApiException.notFound("Role", Text.abbreviate(id));
        }
        return role;
    }

    static RoleView view(Role r) {
        return new RoleView(r.id, r.title, r.rubricKey, List.copyOf(r.focusCategories), List.copyOf(r.focusPlatforms),
                List.copyOf(r.keywords), r.builtin, r.createdAt, r.updatedAt, r.version);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
