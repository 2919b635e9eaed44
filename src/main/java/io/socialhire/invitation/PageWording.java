package io.socialhire.invitation;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.socialhire.common.SocialhireConfig;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/** The sentences the candidate's page and the invitation email both say, so they say them alike in every language. */
final class PageWording {

    private PageWording() {
    }

    /** The page's messages in a language it is written in. */
    static PageMessages messages(String lang) {
        return MessageBundles.get(PageMessages.class, Localized.Literal.of(lang));
    }

    /** The configured organization's name; empty: the page says "the hiring team" in its language. */
    static Optional<String> organization(SocialhireConfig config) {
        return config.invitations().organizationName().filter(name -> !name.isBlank());
    }

    /** Who asks, and for which job when the order named one. */
    static String asker(PageMessages msg, Optional<String> organization, String jobTitle) {
        String org = organization.orElse(msg.defaultOrg());
        return jobTitle == null ? msg.askerNoJob(org) : msg.asker(org, jobTitle);
    }

    /** Until when the candidate can answer: the expiry's date, in UTC, as the language writes dates. */
    static String deadline(PageMessages msg, Instant expiresAt, String lang) {
        return msg.deadline(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang))
                .format(expiresAt.atZone(ZoneOffset.UTC)));
    }
}
