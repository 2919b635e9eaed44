package io.socialhire.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The constants the endpoint schema documents follow the list of types, so a new type cannot be left out of them. */
class EventTypesTest {

    @Test
    void theDocumentedListAndMaximumCoverEveryType() {
        assertThat(EventTypes.COUNT).isEqualTo(EventTypes.ALL.size());
        assertThat(List.of(EventTypes.LISTED.split(", "))).containsExactlyElementsOf(EventTypes.ALL);
    }
}
