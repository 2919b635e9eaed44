package io.socialhire.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.socialhire.common.ApiException;
import io.socialhire.common.Problem;
import io.socialhire.common.ProblemType;
import io.socialhire.common.SecretBox;
import org.junit.jupiter.api.Test;

/**
 * When a connector may be enabled: the rule alone, since the test service always has a secrets key and
 * email, and starting it without them would cost a second start.
 */
class ConnectorEnableRuleTest {

    private static final ConnectorService.Readiness READY = new ConnectorService.Readiness(true, true, true, true);

    @Test
    void withoutASecretsKeyNothingCanBeEnabledAndTheProblemNamesTheVariable() {
        for (ConnectorKind kind : ConnectorKind.values()) {
            assertThatThrownBy(() -> ConnectorService.requireCanEnable(kind, new ConnectorService.Readiness(false, true, true, true)))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.UNPROCESSABLE);
                        assertThat(e.getMessage()).contains(SecretBox.ENV);
                        assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("enabled");
                    });
        }
    }

    @Test
    void everythingMissingIsNamedAtOnce() {
        ConnectorService.Readiness nothing = new ConnectorService.Readiness(true, false, false, false);
        assertThatThrownBy(() -> ConnectorService.requireCanEnable(ConnectorKind.ASHBY, nothing))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.UNPROCESSABLE);
                    assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("enabled", "enabled", "ashbyApiKey");
                    assertThat(e.errors()).extracting(Problem.FieldError::message)
                            .anySatisfy(m -> assertThat(m).contains("inbound key"))
                            .anySatisfy(m -> assertThat(m).contains("socialhire.invitations.email-from"));
                });
    }

    @Test
    void withoutEmailAConnectorCannotSendTheCandidateTheirLinkSoItStaysOff() {
        ConnectorService.Readiness noEmail = new ConnectorService.Readiness(true, false, true, false);
        assertThatThrownBy(() -> ConnectorService.requireCanEnable(ConnectorKind.GREENHOUSE, noEmail))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.errors()).extracting(Problem.FieldError::message).singleElement().asString().contains("email"));
    }

    @Test
    void greenhouseNeedsNoAshbyKeyAndAReadyConnectorPasses() {
        ConnectorService.Readiness noAshbyKey = new ConnectorService.Readiness(true, true, true, false);
        assertThatCode(() -> ConnectorService.requireCanEnable(ConnectorKind.GREENHOUSE, noAshbyKey))
                .doesNotThrowAnyException();
        assertThatCode(() -> ConnectorService.requireCanEnable(ConnectorKind.ASHBY, READY)).doesNotThrowAnyException();
    }
}
