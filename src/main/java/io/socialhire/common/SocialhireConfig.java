package io.socialhire.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every {@code socialhire.*} setting, with its default. Rooted at {@code socialhire}, so the
 * application refuses to start on a {@code socialhire.*} key declared nowhere here: a misspelt
 * setting fails loudly instead of being ignored. The README's Configuration table lists the same
 * keys and defaults (ReadmeMatchesConfigurationTest holds it to this interface); application.properties
 * only overrides them per profile.
 */
@ConfigMapping(prefix = SocialhireConfig.PREFIX)
public interface SocialhireConfig {

    /** The root of every key in this tree. */
    String PREFIX = "socialhire";

    /**
     * Where clients reach the service: every absolute URL it returns (Location, Link) starts here,
     * never with the request's Host or forwarded headers. Absolute http or https, optionally with a
     * path; checked and normalised by {@link PublicUrls} at startup. The default is the dev-mode
     * address; set it wherever the service runs behind a proxy or under another name.
     */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** API keys. */
    Security security();

    /** The per-key request budget. */
    RateLimit rateLimit();

    /** The per-address budget of failed authentications. */
    AuthThrottle authThrottle();

    /** The audit trail. */
    Audit audit();

    /** Outgoing webhooks. */
    Webhooks webhooks();

    /** Secrets kept to be read back later, sealed at rest. */
    SealedSecrets secrets();

    /** The ATS connectors (Greenhouse, Ashby). */
    Connectors connectors();

    /** Human oversight of the engine's outcomes. */
    Review review();

    /** Assessment invitations. */
    Invitations invitations();

    /** The embedded PostgreSQL used when no datasource URL is set. */
    @WithName(EmbeddedDb.NAME)
    EmbeddedDb embeddedDb();

    /** API keys. */
    interface Security {

        /**
         * The first admin API key ({@code shk_<prefix>_<secret>}), registered at startup when its
         * prefix is unknown. No default: a secret must come from the operator's secret store, and
         * without one dev mode makes a key and prints it while production only warns.
         */
        Optional<String> bootstrapAdminKey();
    }

    /** Per-key token bucket: bursts up to the capacity, refilled steadily. */
    interface RateLimit {

        /**
         * Whether requests are counted against the key's bucket at all. On by default; off only for
         * load tests that measure the service itself.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * Requests a key may make in one burst (the bucket's size), sent as RateLimit-Limit. 300
         * absorbs a client's bursts, such as a sync paging through candidates, without letting one
         * key hold the service.
         */
        @WithDefault("300")
        long capacity();

        /**
         * Requests added back to the bucket per second. 10 (600 a minute) is a steady pace for an
         * integration or a person, not for a flood.
         */
        @WithDefault("10")
        long refillPerSecond();
    }

    /** Failed authentication per client address: after max-failures within the window, 429 until it passes. */
    interface AuthThrottle {

        /** Whether failed authentications are counted at all. On by default: key guessing is throttled. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Failed authentications (unknown, revoked, wrong or malformed keys) an address may make in
         * one window. 20 covers a misconfigured client's retries; a guesser gets nowhere.
         */
        @WithDefault("20")
        long maxFailures();

        /**
         * The window, as a duration ({@code 60s}, {@code 5m}); an address that used up its failures
         * waits for the next one. A minute keeps a mistyped key's lock-out short.
         */
        @WithDefault("60s")
        Duration window();

        /**
         * Client addresses remembered at most, each for one window after it was last seen; the least
         * recently seen are forgotten first. 10,000 bounds the memory a flood of addresses can take.
         */
        @WithDefault("10000")
        long maxClients();
    }

    /** Outgoing webhooks. */
    interface Webhooks {

        /**
         * Lets webhook endpoints use plain http and loopback or private addresses. Off by default so that an
         * endpoint URL cannot reach the service's own network (server-side request forgery); dev mode and tests
         * turn it on to deliver to a local receiver.
         */
        @WithDefault("false")
        boolean allowPrivateNetwork();

        /**
         * How long one delivery attempt may take, connecting included, before it counts as failed and is
         * retried. 15 s, as Standard Webhooks suggests: long enough for a slow receiver, short enough that
         * one cannot hold the dispatcher.
         */
        @WithDefault("15s")
        Duration timeout();
    }

    /** Secrets kept to be read back later (report tokens sent to an ATS, ATS API keys), sealed at rest. */
    interface SealedSecrets {

        /**
         * The AES-256-GCM key that seals them: 32 random bytes in base64 ({@code openssl rand -base64 32}),
         * from the operator's secret store. No default: without it report links cannot be sent to an ATS or
         * in webhooks, and the ATS connectors cannot be enabled.
         */
        Optional<String> key();
    }

    /** The ATS connectors. */
    interface Connectors {

        /**
         * Where Ashby's API is: socialhire calls {@code assessment.update} under it. Ashby's public API
         * by default; tests point it at a simulated Ashby.
         */
        @WithDefault("https://api.ashbyhq.com")
        String ashbyBaseUrl();

        /**
         * Lets connector callbacks (Greenhouse's PATCH, Ashby's assessment.update) use plain http and
         * loopback or private addresses; off by default, as for webhooks; dev mode and tests turn it on.
         */
        @WithDefault("false")
        boolean allowPrivateNetwork();
    }

    /** Human oversight of the engine's outcomes. */
    interface Review {

        /**
         * Engine recommendations that are never final without a person (definitely_not, no, mixed, yes,
         * strong_yes): such assessments stay pending_review until someone reviews them. The default holds
         * back the rejections, the outcomes the EU AI Act and LL144 audits worry about most; an unknown
         * value stops the start.
         */
        @WithDefault("definitely_not,no")
        List<String> requiredFor();
    }

    /** Assessment invitations. */
    interface Invitations {

        /**
         * How long an invitation's links work when the order gives no expiresAt, as a duration
         * ({@code 14d}, {@code 72h}). 14 days is what ATS assessment vendors commonly give a candidate.
         */
        @WithDefault("14d")
        Duration defaultValidity();

        /**
         * Who the candidate's page says is asking ("Acme Games asks you to answer one question"). Unset,
         * the page says "the hiring team" in the page's language.
         */
        Optional<String> organizationName();

        /**
         * The sender (From) of the emails that bring candidates their link ({@code sendEmail}), such as
         * {@code "Acme Games Hiring <hiring@acme.example>"}; the server is Quarkus' mailer
         * ({@code quarkus.mailer.host}, ...). Unset, email is off and an order asking for it is refused
         * (422) rather than accepted and never sent. Dev mode and tests set it and keep mail in memory.
         */
        Optional<String> emailFrom();
    }

    /** The audit trail. */
    interface Audit {

        /**
         * Days audit events are kept; older ones are deleted at startup and daily (never those of the
         * last 30 days, whatever the setting). 0 or less keeps them forever. 730 (two years) is a
         * common retention period for hiring records.
         */
        @WithDefault("730")
        int retentionDays();
    }

    /**
     * The embedded PostgreSQL. Its settings are read by EmbeddedDatabaseConfigSourceFactory before
     * this mapping exists, so the names and defaults are constants both use.
     */
    interface EmbeddedDb {

        /** The group's name under {@link #PREFIX}. */
        String NAME = "embedded-db";
        String ENABLED = "enabled";
        String ENABLED_DEFAULT = "true";
        String DATA_DIR = "data-dir";
        String DATA_DIR_DEFAULT = "data/pg";
        String PERSISTENT = "persistent";
        String PERSISTENT_DEFAULT = "true";

        /**
         * Whether to start an embedded PostgreSQL when quarkus.datasource.jdbc.url is not set. On by
         * default so the service runs with nothing but a JDK; false makes a missing URL stop the start.
         */
        @WithName(ENABLED)
        @WithDefault(ENABLED_DEFAULT)
        boolean enabled();

        /**
         * The folder, relative to the working directory or absolute, where the embedded database keeps
         * its files across restarts. {@code data/pg} keeps the data beside the application.
         */
        @WithName(DATA_DIR)
        @WithDefault(DATA_DIR_DEFAULT)
        String dataDir();

        /**
         * Whether the embedded database keeps its data in the data directory; false starts a throwaway
         * database in a temporary folder (as the tests do). Persistent by default: data outlives a restart.
         */
        @WithName(PERSISTENT)
        @WithDefault(PERSISTENT_DEFAULT)
        boolean persistent();
    }
}
