package io.socialhire.invitation;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.socialhire.candidate.ChannelRole;
import io.socialhire.candidate.Frequency;
import io.socialhire.common.ApiException;
import io.socialhire.common.Problem;
import io.socialhire.common.ProblemType;
import io.socialhire.common.PublicUrls;
import io.socialhire.common.SocialhireConfig;
import io.socialhire.platform.Platform;
import io.socialhire.platform.PlatformCatalog;
import io.socialhire.scoring.ScoringInput;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The candidate's page ({@code /a/{token}}): server-rendered, no script, in the invitation's
 * language (else the browser's, else English). Not part of the API: no API key, not in the
 * OpenAPI document; the link's token is the credential, the form carries a token against
 * cross-site posts, and writes are rate-limited per link.
 */
@Path("/a/{token}")
@PermitAll
public class CandidatePageResource {

    /** The languages the page is written in (PageMessages and its properties files). */
    static final List<String> LANGUAGES = PackageViews.LANGUAGES;
    private static final String FIELD_ID = "[^a-z0-9]+";

    private final InvitationService service;
    private final PageRateLimiter limiter;
    private final PublicUrls urls;
    private final Template page;
    private final Template notice;
    private final List<Platform> platforms;
    private final Optional<String> organization;

    public CandidatePageResource(InvitationService service, PageRateLimiter limiter, PublicUrls urls, PlatformCatalog catalog,
            SocialhireConfig config, @Location("invitation/page.html") Template page, @Location("invitation/notice.html") Template notice) {
        this.service = service;
        this.limiter = limiter;
        this.urls = urls;
        this.page = page;
        this.notice = notice;
        this.platforms = catalog.all().stream().sorted(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT))).toList();
        this.organization = PageWording.organization(config);
    }

    /** What the candidate typed: kept and shown again whatever went wrong. */
    record Typed(String answer, List<InvitationService.DraftChannel> channels) {
    }

    /** One row of channel fields, with each field's error in the page's language (null: none). */
    public record Row(int i, int n, InvitationService.DraftChannel value, String platformError, String identityError,
            String roleError, String frequencyError) {

        public String platform() {
            return value.platform() == null ? "" : value.platform();
        }

        public String identity() {
            return value.identity() == null ? "" : value.identity();
        }

        public String role() {
            return value.role() == null ? "" : value.role();
        }

        public String frequency() {
            return value.frequency() == null ? "" : value.frequency();
        }
    }

    /** An entry of the error summary: the field's id on the page and the message. */
    public record FieldError(String fieldId, String message) {
    }

    /** A choice of a select. */
    public record Option(String value, String label) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response show(@PathParam("token") String token, @HeaderParam("Accept-Language") String acceptLanguage) {
        InvitationService.PageState state;
        try {
            state = service.open(token);
        } catch (ApiException e) {
            return notFound(acceptLanguage);
        }
        if (!state.open()) {
            return closed(state, acceptLanguage, false);
        }
        return form(state, token, acceptLanguage, new Typed(state.draftAnswer(), state.draftChannels()), Map.of(), false, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response post(@PathParam("token") String token, @HeaderParam("Accept-Language") String acceptLanguage,
            MultivaluedMap<String, String> form) {
        Optional<LinkToken> link = LinkToken.parse(token);
        if (link.isEmpty()) {
            return notFound(acceptLanguage);
        }
        if (!limiter.tryWrite(link.get())) {
            return message(language(null, LANGUAGES, acceptLanguage), 429, PageMessages::tooManyTitle, PageMessages::tooManyText)
                    .header("Retry-After", "60").build();
        }
        InvitationService.PageState state;
        try {
            state = service.peek(token);
        } catch (ApiException e) {
            return notFound(acceptLanguage);
        }
        if (!state.open()) {
            return closed(state, acceptLanguage, true);
        }
        if (!PageFormToken.matches(link.get(), form.getFirst("formToken"))) {
            return message(language(state.locale(), state.languages(), acceptLanguage), 403, PageMessages::forbiddenTitle,
                    PageMessages::forbiddenText).build();
        }
        Typed typed = typed(form);
        boolean submit = !"save".equals(form.getFirst("action"));
        try {
            if (submit) {
                service.submit(token, typed.answer(), typed.channels());
                // After the answer is in, the link shows the thank-you page; a reload cannot send it again.
                return Response.seeOther(urls.at("/a/" + token)).header("Cache-Control", "no-store").build();
            }
            service.saveDraft(token, typed.answer(), typed.channels());
            return form(state, token, acceptLanguage, typed, Map.of(), true, 200);
        } catch (ApiException e) {
            if (e.type() == ProblemType.CONFLICT) {
                return closed(service.peek(token), acceptLanguage, true); // closed meanwhile: expired, cancelled or already answered
            }
            if (e.type() != ProblemType.VALIDATION) {
                throw e;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            for (Problem.FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), error.message());
            }
            return form(state, token, acceptLanguage, typed, errors, false, 422);
        }
    }

    private static Typed typed(MultivaluedMap<String, String> form) {
        List<InvitationService.DraftChannel> channels = new ArrayList<>();
        for (int i = 0; i < InvitationService.MAX_PAGE_CHANNELS; i++) {
            String prefix = "channels[" + i + "].";
            channels.add(new InvitationService.DraftChannel(field(form, prefix + "platform"), field(form, prefix + "identity"),
                    field(form, prefix + "role"), field(form, prefix + "frequency")));
        }
        return new Typed(field(form, "answer"), channels);
    }

    /**
     * A form field without control characters other than line breaks and tabs: a browser never
     * sends them from a form, and PostgreSQL cannot store NUL. JSON bodies are refused for them
     * (StrictJson); a person's typed text is cleaned instead, so nothing they see is lost.
     */
    private static String field(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? null : value.replaceAll("[\\p{Cntrl}&&[^\\r\\n\\t]]", "");
    }

    private Response form(InvitationService.PageState state, String token, String acceptLanguage, Typed typed,
            Map<String, String> errors, boolean saved, int status) {
        String lang = language(state.locale(), state.languages(), acceptLanguage);
        PageMessages msg = messages(lang);
        List<FieldError> summary = new ArrayList<>();
        String answerError = errors.containsKey("answer") ? (typed.answer() == null || typed.answer().isBlank() ? msg.errAnswerRequired()
                : msg.errAnswerTooLong(ScoringInput.MAX_ANSWER_CHARS)) : null;
        if (answerError != null) {
            summary.add(new FieldError("answer", answerError));
        }
        List<Row> rows = new ArrayList<>();
        List<InvitationService.DraftChannel> values = typed.channels() == null ? List.of() : typed.channels();
        // Errors name the n-th non-empty row (the service skips empty ones); map them back to the rows on the page.
        int declared = 0;
        for (int i = 0; i < InvitationService.MAX_PAGE_CHANNELS; i++) {
            InvitationService.DraftChannel value = i < values.size() && values.get(i) != null ? values.get(i)
                    : new InvitationService.DraftChannel(null, null, null, null);
            String prefix = "channels[" + (value.isEmptyRow() ? -1 : declared++) + "].";
            String platformError = errors.containsKey(prefix + "platform") ? msg.errPlatform() : null;
            String identityError = identityError(errors, prefix) ? msg.errIdentity() : null;
            String roleError = errors.containsKey(prefix + "role") ? msg.errRole() : null;
            String frequencyError = errors.containsKey(prefix + "frequency") ? msg.errFrequency() : null;
            Row row = new Row(i, i + 1, value, platformError, identityError, roleError, frequencyError);
            for (String[] field : new String[][] {{"platform", platformError}, {"identity", identityError}, {"role", roleError},
                    {"frequency", frequencyError}}) {
                if (field[1] != null) {
                    summary.add(new FieldError("channels-" + i + "-" + field[0], field[1]));
                }
            }
            rows.add(row);
        }
        LinkToken link = LinkToken.parse(token).orElseThrow();
        TemplateInstance instance = page.instance()
                .data("lang", lang)
                .data("stylesheet", urls.at("/assets/candidate-page.css").toString())
                .data("action", urls.at("/a/" + token).toString())
                .data("formToken", PageFormToken.of(link))
                .data("asker", PageWording.asker(msg, organization, state.jobTitle()))
                .data("deadline", PageWording.deadline(msg, state.expiresAt(), lang))
                .data("question", state.question())
                .data("answer", typed.answer() == null ? "" : typed.answer())
                .data("answerError", answerError)
                .data("maxAnswer", ScoringInput.MAX_ANSWER_CHARS)
                .data("rows", rows)
                .data("errors", summary)
                .data("saved", saved)
                .data("platforms", platforms.stream().map(p -> new Option(p.id(), p.name())).toList())
                .data("roles", List.of(new Option(ChannelRole.MEMBER.json(), msg.roleMember()),
                        new Option(ChannelRole.CONTRIBUTOR.json(), msg.roleContributor()),
                        new Option(ChannelRole.CREATOR.json(), msg.roleCreator()),
                        new Option(ChannelRole.MODERATOR.json(), msg.roleModerator()),
                        new Option(ChannelRole.ORGANIZER.json(), msg.roleOrganizer())))
                .data("frequencies", List.of(new Option(Frequency.DAILY.json(), msg.frequencyDaily()),
                        new Option(Frequency.WEEKLY.json(), msg.frequencyWeekly()),
                        new Option(Frequency.MONTHLY.json(), msg.frequencyMonthly()),
                        new Option(Frequency.RARELY.json(), msg.frequencyRarely())));
        instance.setAttribute(TemplateInstance.LOCALE, Locale.forLanguageTag(lang));
        return html(Response.status(status), instance.render(), lang).build();
    }

    /** The channel's identity was refused, whichever field the API's validation named for it. */
    private static boolean identityError(Map<String, String> errors, String prefix) {
        return errors.keySet().stream().anyMatch(field -> field.startsWith(prefix) && !field.endsWith(".platform")
                && !field.endsWith(".role") && !field.endsWith(".frequency")) || errors.containsKey(prefix.substring(0, prefix.length() - 1));
    }

    /** A link that takes no more answers: thanks once answered (a post to it is refused, 409), else gone (410). */
    private Response closed(InvitationService.PageState state, String acceptLanguage, boolean posted) {
        String lang = language(state.locale(), state.languages(), acceptLanguage);
        if (state.status() == InvitationViews.Status.COMPLETED) {
            return message(lang, posted ? 409 : 200, PageMessages::thanksTitle, PageMessages::thanksText).build();
        }
        boolean cancelled = state.status() == InvitationViews.Status.CANCELLED;
        return message(lang, 410, PageMessages::closedTitle, cancelled ? PageMessages::cancelledText : PageMessages::expiredText).build();
    }

    private Response notFound(String acceptLanguage) {
        return message(language(null, LANGUAGES, acceptLanguage), 404, PageMessages::notFoundTitle, PageMessages::notFoundText).build();
    }

    private Response.ResponseBuilder message(String lang, int status, java.util.function.Function<PageMessages, String> heading,
            java.util.function.Function<PageMessages, String> text) {
        PageMessages msg = messages(lang);
        TemplateInstance instance = notice.instance().data("lang", lang)
                .data("stylesheet", urls.at("/assets/candidate-page.css").toString())
                .data("heading", heading.apply(msg)).data("text", text.apply(msg));
        instance.setAttribute(TemplateInstance.LOCALE, Locale.forLanguageTag(lang));
        return html(Response.status(status), instance.render(), lang);
    }

    /** Every page: not indexed, not cached, no referrer (the link is a credential), nothing but this origin's stylesheet. */
    private static Response.ResponseBuilder html(Response.ResponseBuilder response, String body, String lang) {
        return TokenPages.html(response, body, "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none';"
                + " base-uri 'none'").header("Content-Language", lang);
    }

    /** The invitation's language, else the browser's first one the package offers, else English (or the package's first). */
    static String language(String invitationLocale, List<String> offered, String acceptLanguage) {
        List<String> usable = offered.stream().filter(LANGUAGES::contains).toList();
        if (usable.isEmpty()) {
            usable = LANGUAGES;
        }
        if (invitationLocale != null && usable.contains(invitationLocale)) {
            return invitationLocale;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), usable);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException unreadable) {
                // a malformed Accept-Language is no preference
            }
        }
        return usable.contains("en") ? "en" : usable.get(0);
    }

    private static PageMessages messages(String lang) {
        return PageWording.messages(lang);
    }
}
