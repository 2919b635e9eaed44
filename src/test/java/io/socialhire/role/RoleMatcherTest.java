package io.socialhire.role;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleMatcherTest {
    static final RoleMatcher M = RoleMatcher.loadDefault();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "community manager (mobile game studio)|gaming-community-manager",
        "Community Manager|community-manager",
        "Senior Developer Advocate|developer-advocate",
        "DevRel Engineer|developer-advocate",
        "Social Media Manager|social-media-marketer",
        "Head of Social Media|social-media-lead",
        "B2B Social Lead|b2b-social-lead",
        "Content Creator (YouTube)|content-creator",
        "Barista|generic",
        "|generic"
    })
    void matchesTitles(String title, String expected) {
        RoleMatch m = M.match(title);
        assertThat(m.profile().id()).isEqualTo(expected);
        if (expected.equals("generic")) {
            assertThat(m.matchedFrom()).isEqualTo("default");
            assertThat(m.confidence()).isZero();
        } else {
            assertThat(m.matchedFrom()).isEqualTo("role_title");
            assertThat(m.confidence()).isGreaterThan(0.5);
        }
    }
}
