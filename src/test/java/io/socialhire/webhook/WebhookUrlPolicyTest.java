package io.socialhire.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The URL rules as production applies them (private URLs not allowed), on addresses that need no DNS. */
class WebhookUrlPolicyTest {

    @Test
    void onlyHttpsToPublicAddresses() {
        assertThat(WebhookUrlPolicy.refusal("https://93.184.215.14/hooks", false)).isEmpty();
        assertThat(WebhookUrlPolicy.refusal("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hooks", false)).isEmpty();
        for (String url : List.of("http://93.184.215.14/hooks", "ftp://93.184.215.14/", "https:///nohost", "//93.184.215.14/x",
                "https://user:pw@93.184.215.14/", "https://93.184.215.14/#f")) {
            assertThat(WebhookUrlPolicy.refusal(url, false)).as(url).hasValueSatisfying(m -> assertThat(m).contains("https"));
        }
    }

    @Test
    void privateLoopbackLinkLocalAnyAndMulticastAddressesAreRefused() {
        for (String host : List.of("127.0.0.1", "127.8.9.10", "[::1]", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "[fe80::1]", "[fd00::1]", "0.0.0.0", "[::]", "224.0.0.1", "[ff02::1]", "100.64.0.1", "localhost")) {
            assertThat(WebhookUrlPolicy.refusal("https://" + host + "/hooks", false)).as(host)
                    .hasValueSatisfying(m -> assertThat(m).contains("must not point to"));
        }
    }

    @Test
    void unresolvableHostsAreRefused() {
        assertThat(WebhookUrlPolicy.refusal("https://no-such-host.invalid/hooks", false))
                .hasValueSatisfying(m -> assertThat(m).contains("does not resolve"));
    }

    @Test
    void allowingPrivateUrlsLiftsBothRulesButNotTheShape() {
        assertThat(WebhookUrlPolicy.refusal("http://127.0.0.1:8080/hooks", true)).isEmpty();
        assertThat(WebhookUrlPolicy.refusal("https://10.0.0.1/hooks", true)).isEmpty();
        assertThat(WebhookUrlPolicy.refusal("ftp://127.0.0.1/", true)).isPresent();
        assertThat(WebhookUrlPolicy.refusal("http:///x", true)).isPresent();
    }

    @Test
    void signaturesFollowStandardWebhooks() {
        // The example of the Standard Webhooks specification.
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThat(WebhookSignature.newSecret()).matches("whsec_[A-Za-z0-9+/]{43}=").isNotEqualTo(WebhookSignature.newSecret());
    }
}
