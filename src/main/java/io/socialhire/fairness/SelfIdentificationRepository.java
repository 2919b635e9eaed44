package io.socialhire.fairness;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Every query about self-identification. */
@ApplicationScoped
public class SelfIdentificationRepository implements PanacheRepositoryBase<SelfIdentification, UUID> {
}
