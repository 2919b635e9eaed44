package io.socialhire.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void whatIsSealedOpensOnlyUnderTheSameKeyAndUnchanged() {
        SecretBox box = new SecretBox(Optional.of(KEY));
        byte[] first = box.seal("report-token").orElseThrow();
        byte[] second = box.seal("report-token").orElseThrow();
        assertThat(first).isNotEqualTo(second).as("a fresh nonce each time");
        assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("report-token");
        assertThat(box.open(first)).contains("report-token");
        assertThat(box.open(second)).contains("report-token");

        assertThat(new SecretBox(Optional.of(OTHER_KEY)).open(first)).as("another key").isEmpty();
        byte[] tampered = first.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThat(box.open(tampered)).isEmpty();
        assertThat(box.open(null)).isEmpty();
        assertThat(box.open(new byte[5])).isEmpty();
    }

    @Test
    void withoutAKeyNothingIsSealedAndABadKeyStopsTheStart() {
        SecretBox none = new SecretBox(Optional.empty());
        assertThat(none.available()).isFalse();
        assertThat(none.seal("x")).isEmpty();
        assertThat(new SecretBox(Optional.of(KEY)).available()).isTrue();
        assertThatThrownBy(() -> new SecretBox(Optional.of("c2hvcnQ="))).hasMessageContaining("SOCIALHIRE_SECRETS_KEY").hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SecretBox(Optional.of("not base64!"))).hasMessageContaining("SOCIALHIRE_SECRETS_KEY");
    }
}
