package io.socialhire.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An ATS connector as an admin configured it; its keys only hashed or sealed, never in clear. */
@Entity
@Table(name = "connector")
public class Connector {

    @Id
    public String name;

    @Column(nullable = false)
    public boolean enabled;

    /** SHA-256 of the key the ATS presents. */
    @Column(name = "inbound_key_hash")
    public byte[] inboundKeyHash;

    /** The same key sealed, for callbacks that must present it back (Greenhouse's PATCH). */
    @Column(name = "inbound_key_sealed")
    public byte[] inboundKeySealed;

    /** The key's first characters, to tell keys apart. */
    @Column(name = "inbound_key_hint")
    public String inboundKeyHint;

    @Column(name = "inbound_key_issued_at")
    public Instant inboundKeyIssuedAt;

    /** The customer's key for the ATS's API (Ashby), sealed. */
    @Column(name = "outbound_key_sealed")
    public byte[] outboundKeySealed;

    @Column(name = "outbound_key_updated_at")
    public Instant outboundKeyUpdatedAt;

    /** The packages the ATS is offered; empty: every active one. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "package_ids", columnDefinition = "text[]", nullable = false)
    public List<String> packageIds = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
