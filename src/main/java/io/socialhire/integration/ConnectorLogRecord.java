package io.socialhire.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One line of a connector's log: a call the ATS made, or one callback attempt. Never a key, token or report URL. */
@Entity
@Immutable
@Table(name = "connector_log")
public class ConnectorLogRecord {

    public static final String INBOUND = "inbound";
    public static final String OUTBOUND = "outbound";
    public static final String OK = "ok";
    public static final String REFUSED = "refused";
    public static final String FAILED = "failed";
    public static final String REPORTED_ERROR = "reported_error";
    static final int MAX_DETAIL = 2000;

    @Id
    public UUID id;

    @Column(nullable = false)
    public String connector;

    @Column(nullable = false)
    public String direction;

    @Column(nullable = false)
    public String operation;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "http_status")
    public Integer httpStatus;

    @Column(name = "invitation_id")
    public UUID invitationId;

    @Column(name = "callback_id")
    public UUID callbackId;

    public Integer attempt;

    @Column(name = "latency_ms")
    public Integer latencyMs;

    public String detail;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    ConnectorViews.LogEntry view() {
        return new ConnectorViews.LogEntry(id, direction, operation, outcome, httpStatus, invitationId, callbackId, attempt, latencyMs,
                detail, createdAt);
    }
}
