package io.socialhire.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    @Override
    public String toString() {
        return "WebhookEndpoint[" + id + " " + url + "]"; // never the secret
    }
}
