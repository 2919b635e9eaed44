package io.socialhire.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.socialhire.common.ApiException;
import io.socialhire.common.Problem;
import io.socialhire.common.ProblemType;
import org.junit.jupiter.api.Test;

/** When an order may ask for an email: the rule alone, without starting the service in another configuration. */
class InvitationEmailRuleTest {

    @Test
    void withoutASenderConfiguredEveryOrderAskingForEmailIsRefused() {
        assertThatThrownBy(() -> InvitationEmails.requireSendable(false, "ana@example.com", "candidateId"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.UNPROCESSABLE);
                    assertThat(e.getMessage()).contains("not configured");
                    assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("sendEmail");
                });
    }

    @Test
    void aCandidateWithoutAnAddressIsRefusedNamingTheFieldTheOrderUsed() {
        for (String missing : new String[] {null, " "}) {
            assertThatThrownBy(() -> InvitationEmails.requireSendable(true, missing, "candidate.email"))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.UNPROCESSABLE);
                        assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("candidate.email");
                    });
        }
    }

    @Test
    void aConfiguredSenderAndAnAddressAreEnough() {
        assertThatCode(() -> InvitationEmails.requireSendable(true, "ana@example.com", "candidateId")).doesNotThrowAnyException();
    }
}
