package io.socialhire.candidate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Participation channels. They are read and changed through their candidate (see
 * {@link CandidateRepository}); this repository only stores a channel added on its own.
 */
@ApplicationScoped
public class ChannelRepository implements PanacheRepositoryBase<Channel, UUID> {
}
