package io.socialhire.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import io.socialhire.common.Tracked;
import jakarta.persistence.Table;
import java.util.UUID;

/** A social-media venue where a candidate says they take part. */
@Entity
@Table(name = "participation_channel")
public class Channel extends Tracked {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id", nullable = false)
    public Candidate candidate;

    @Column(nullable = false)
    public String platform;

    @Column(nullable = false)
    public String kind;

    public String handle;

    @Column(name = "profile_url")
    public String profileUrl;

    @Column(name = "community_name")
    public String communityName;

    @Column(name = "channel_key", nullable = false)
    public String channelKey;

    @Column(nullable = false)
    public String role;

    @Column(nullable = false)
    public String frequency;

    public String since;

    @Column(name = "audience_size")
    public Long audienceSize;

    public String notes;

}
