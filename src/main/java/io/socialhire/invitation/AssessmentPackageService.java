package io.socialhire.invitation;

import io.quarkus.runtime.StartupEvent;
import io.socialhire.common.ApiException;
import io.socialhire.common.Changes;
import io.socialhire.common.ETags;
import io.socialhire.common.MergePatch;
import io.socialhire.common.ProblemType;
import io.socialhire.common.RetryLostRaces;
import io.socialhire.common.Text;
import io.socialhire.engine.RoleProfile;
import io.socialhire.event.DomainEvent;
import io.socialhire.role.RoleMatcher;
import io.socialhire.role.RoleService;
import io.socialhire.rubric.RubricRegistry;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.json.JsonObject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Assessment packages: one shipped per built-in role profile; admins add, rename and retire (never delete) them. */
@ApplicationScoped
@Transactional
@RetryLostRaces
public class AssessmentPackageService {

    static final String DEFAULT_QUESTION = "Where do you participate in social media?";

    private final AssessmentPackageRepository packages;
    private final RoleService roles;
    private final RubricRegistry rubrics;
    private final MergePatch mergePatch;
    private final Event<DomainEvent> events;

    public AssessmentPackageService(AssessmentPackageRepository packages, RoleService roles, RubricRegistry rubrics,
            MergePatch mergePatch, Event<DomainEvent> events) {
        this.packages = packages;
        this.roles = roles;
        this.rubrics = rubrics;
        this.mergePatch = mergePatch;
        this.events = events;
    }

    /** After the shipped role profiles are published (their observer has the default priority). */
    void publishBuiltins(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent started) {
        Instant now = now();
        for (RoleProfile role : RoleMatcher.loadDefault().profiles()) {
            AssessmentPackage p = new AssessmentPackage();
            p.id = role.id() + "-participation";
            p.name = role.title() + ": social media participation";
            p.description = "One open question, \"" + DEFAULT_QUESTION + "\", answered on the candidate's page and scored 0-100"
                    + " by the " + role.rubricKey() + " rubric for the " + role.title().toLowerCase(Locale.ROOT)
                    + " role profile, with the evidence quoted and a report for the hiring manager.";
            p.question = DEFAULT_QUESTION;
            p.rubricKey = role.rubricKey();
            p.roleId = role.id();
            p.languages = new ArrayList<>(PackageViews.LANGUAGES);
            packages.insertBuiltinIfAbsent(p, now);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PackageViews.View> list(PackageViews.Status status) {
        return packages.list(status).stream().map(AssessmentPackageService::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PackageViews.View get(String id) {
        return view(load(id, LockModeType.NONE));
    }

    public PackageViews.View create(PackageViews.Input input) {
        AssessmentPackage p = new AssessmentPackage();
        p.id = input.id() != null ? input.id() : Text.slug(input.name(), "package");
        if (packages.findById(p.id) != null) {
            throw new ApiException(ProblemType.CONFLICT, "An assessment package with id '" + p.id
                    + "' exists (ids are never reused, retired packages included); choose another id.", List.of(), null);
        }
        apply(p, input);
        p.createdAt = now();
        p.updatedAt = p.createdAt;
        packages.persist(p);
        packages.flush();
        events.fire(new InvitationEvents.PackageCreated(p.id, Changes.between(null, input)));
        return view(p);
    }

    /** Renames or redescribes a package, or changes its languages; what it scores is fixed once orders may exist. */
    public PackageViews.View patch(String id, String ifMatch, String body) {
        JsonObject patch = mergePatch.parse(body);
        AssessmentPackage p = load(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, p.version);
        PackageViews.Input current = input(p);
        PackageViews.Input patched = mergePatch.apply(current, patch, PackageViews.Input.class);
        for (String[] fixed : new String[][] {{"id", current.id(), patched.id()}, {"question", current.question(), patched.question()},
                {"rubricKey", current.rubricKey(), patched.rubricKey()}, {"roleId", current.roleId(), patched.roleId()}}) {
            if (!java.util.Objects.equals(fixed[1], fixed[2])) {
                throw ApiException.invalid(fixed[0], "cannot change once a package exists; add a new package and retire this one");
            }
        }
        if (!patched.equals(current)) {
            apply(p, patched);
            p.updatedAt = now();
            packages.flush();
            events.fire(new InvitationEvents.PackageUpdated(p.id, Changes.between(current, patched)));
        }
        return view(p);
    }

    /** Retires a package: it stays readable by id, leaves the default listing and can no longer be ordered. */
    public PackageViews.View retire(String id, String ifMatch) {
        AssessmentPackage p = load(id, LockModeType.PESSIMISTIC_WRITE);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, p.version);
        }
        if (p.retiredAt == null) {
            p.retiredAt = now();
            p.updatedAt = p.retiredAt;
            packages.flush();
            events.fire(new InvitationEvents.PackageRetired(p.id));
        }
        return view(p);
    }

    private void apply(AssessmentPackage p, PackageViews.Input input) {
        p.name = input.name().strip();
        p.description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        p.question = input.question() == null || input.question().isBlank() ? DEFAULT_QUESTION : input.question().strip();
        String rubricKey = input.rubricKey() == null || input.rubricKey().isBlank() ? RubricRegistry.DEFAULT_KEY
                : input.rubricKey().strip();
        if (!rubrics.exists(rubricKey)) {
            throw ApiException.invalid("rubricKey", "no rubric '" + Text.abbreviate(rubricKey) + "'");
        }
        p.rubricKey = rubricKey;
        p.roleId = roles.byId(input.roleId().strip()).profile().id();
        List<String> languages = input.languages() == null || input.languages().isEmpty() ? PackageViews.LANGUAGES : input.languages();
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i).strip().toLowerCase(Locale.ROOT);
            if (!PackageViews.LANGUAGES.contains(language)) {
                throw ApiException.invalid("languages[" + i + "]", "must be one of: " + String.join(", ", PackageViews.LANGUAGES));
            }
            chosen.add(language);
        }
        p.languages = new ArrayList<>(chosen);
    }

    private AssessmentPackage load(String id, LockModeType lock) {
        AssessmentPackage p = id.matches(PackageViews.ID) ? packages.findById(id, lock) : null;
        if (p == null) {
            throw ApiException.notFound("Assessment package", Text.abbreviate(id));
        }
        return p;
    }

    private static PackageViews.Input input(AssessmentPackage p) {
        return new PackageViews.Input(p.id, p.name, p.description, p.question, p.rubricKey, p.roleId, List.copyOf(p.languages));
    }

    static PackageViews.View view(AssessmentPackage p) {
        return new PackageViews.View(p.id, p.name, p.description, p.question, p.rubricKey, p.roleId, List.copyOf(p.languages),
                PackageViews.MAX_SCORE, p.retiredAt == null ? PackageViews.Status.ACTIVE : PackageViews.Status.RETIRED, p.builtin,
                p.retiredAt, p.createdAt, p.updatedAt, p.version);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
