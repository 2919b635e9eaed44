package io.socialhire.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** socialhire.public-base-url is checked when the application starts, and normalised. */
class PublicUrlsTest {

    @ParameterizedTest
    @CsvSource({
            "http://localhost:8080, http://localhost:8080",
            "http://localhost:8080/, http://localhost:8080",
            "HTTPS://API.Example.com//, https://api.example.com",
            "https://example.com/socialhire/, https://example.com/socialhire",
            "' https://example.com:8443 ', https://example.com:8443"})
    void acceptsAbsoluteHttpUrlsAndDropsTheTrailingSlash(String configured, String normalised) {
        assertThat(PublicUrls.normalise(configured)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost:8080", "/api", "ftp://example.com", "https://", "https:///path",
            "https://example.com/?a=1", "https://example.com?", "https://example.com/#top", "https://user:pw@example.com",
            "https://exa mple.com"})
    void refusesAnythingElseWithTheKeyInTheMessage(String configured) {
        assertThatThrownBy(() -> PublicUrls.normalise(configured)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("socialhire.public-base-url");
    }
}
