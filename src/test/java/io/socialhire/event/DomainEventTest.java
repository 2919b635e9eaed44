package io.socialhire.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.socialhire.TestData;
import io.socialhire.candidate.CandidateInput;
import io.socialhire.candidate.CandidateService;
import io.socialhire.candidate.CandidateView;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Domain events are observed in the transaction that fires them: the audit row and the outbox event share its fate. */
@QuarkusTest
class DomainEventTest {

    @Inject
    CandidateService candidates;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCommittedWriteLeavesItsAuditRowAndOutboxEvent() throws SQLException {
        CandidateView created = QuarkusTransaction.requiringNew().call(() -> candidates.create(input("Kept Person")));

        assertThat(traces(created.id())).containsExactly(1L, 1L, 1L);
    }

    @Test
    void aRolledBackWriteLeavesNeitherAuditRowNorOutboxEvent() throws SQLException {
        List<CandidateView> created = new ArrayList<>();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            created.add(candidates.create(input("Rolled Back Person")));
            throw new IllegalStateException("the write failed after its event");
        })).satisfies(e -> assertThat(e + " " + e.getCause()).contains("the write failed after its event"));

        assertThat(created).as("the event fired before the failure").hasSize(1);
        assertThat(traces(created.get(0).id())).containsExactly(0L, 0L, 0L);
    }

    private static CandidateInput input(String name) {
        return new CandidateInput(name, TestData.uniqueEmail(), null, null, null, Set.of(), null, null);
    }

    /** The candidate rows, its candidate.created audit rows and its candidate.created outbox events. */
    private List<Long> traces(UUID candidateId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT (SELECT count(*) FROM candidate WHERE id = ?),"
                        + " (SELECT count(*) FROM audit_event WHERE action = 'candidate.created' AND entity_id = ?),"
                        + " (SELECT count(*) FROM webhook_event WHERE type = 'candidate.created' AND payload -> 'data' ->> 'id' = ?)")) {
            q.setObject(1, candidateId);
            q.setString(2, candidateId.toString());
            q.setString(3, candidateId.toString());
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return List.of(r.getLong(1), r.getLong(2), r.getLong(3));
            }
        }
    }
}
