package io.socialhire.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Where an integration wants events sent, and the secret their signatures use. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    public static final String ENABLED = "enabled";
    public static final String DISABLED = "disabled";
    public static final String FAILING = "failing";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String url;

    public String description;

    /** Empty: every event type. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", columnDefinition = "text[]", nullable = false)
    public List<String> eventTypes = new ArrayList<>();

    @Column(nullable = false)
    public String secret;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by_key_id")
    public UUID createdByKeyId;

    /** enabled, disabled (nothing is sent) or failing (a delivery gave up; sending goes on). */
    @Column(nullable = false)
    public String status = ENABLED;

    /** Why it is disabled or failing; null while enabled. */
    @Column(name = "status_reason")
    public String statusReason;

    /** Since when it has been disabled or failing; null while enabled. */
    @Column(name = "status_since")
    public Instant statusSince;

    /** The secret before the last rotation, which still signs beside the new one until previousSecretUntil. */
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Version
    public long version;

    @Override
    public String toString() {
        return "WebhookEndpoint[" + id + " " + url + "]"; // never the secret
    }
}
