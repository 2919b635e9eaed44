package io.socialhire.fairness;

import io.socialhire.common.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A candidate's voluntary self-identification; never read by scoring. */
@Entity
@Table(name = "candidate_self_identification")
public class SelfIdentification extends Tracked {

    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;

    public String sex;

    @Column(name = "race_ethnicity")
    public String raceEthnicity;

    @Column(name = "age_band")
    public String ageBand;
}
