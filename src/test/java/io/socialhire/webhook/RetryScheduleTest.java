package io.socialhire.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The retry schedule, its jitter and the Retry-After bounds, without a server. */
class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    @Test
    void theScheduleIsStandardWebhooksWithUpToATenthOfJitter() {
        assertThat(WebhookDispatcher.RETRIES).containsExactly(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(20),
                Duration.ofHours(24));
        for (int attempts = 1; attempts <= WebhookDispatcher.RETRIES.size(); attempts++) {
            Duration scheduled = WebhookDispatcher.RETRIES.get(attempts - 1);
            for (int i = 0; i < 50; i++) {
                assertThat(Duration.between(NOW, WebhookDispatcher.nextAttempt(attempts, NOW, null)))
                        .isBetween(scheduled, scheduled.plus(scheduled.dividedBy(10)));
            }
        }
    }

    @Test
    void retryAfterIsHonouredWithinBounds() {
        assertThat(WebhookDispatcher.nextAttempt(1, NOW, Duration.ofMinutes(3))).isEqualTo(NOW.plus(Duration.ofMinutes(3)));
        assertThat(Duration.between(NOW, WebhookDispatcher.nextAttempt(2, NOW, Duration.ofSeconds(1))))
                .as("never sooner than the schedule").isGreaterThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(WebhookDispatcher.nextAttempt(1, NOW, Duration.ofDays(30))).as("at most 24 h").isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 7 ", NOW)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 10:20:30 GMT", NOW)).isEqualTo(Duration.ofMinutes(5));
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 10:00:00 GMT", NOW)).as("in the past").isNull();
        assertThat(RetryAfter.parse("0", NOW)).isNull();
        assertThat(RetryAfter.parse("-5", NOW)).isNull();
        assertThat(RetryAfter.parse("soon", NOW)).isNull();
        assertThat(RetryAfter.parse("99999999999", NOW)).as("beyond ten digits").isNull();
    }

    @Test
    void theLeaseOutlastsASlowBatch() {
        assertThat(OutboxWorker.leaseFor(Duration.ofSeconds(15))).isEqualTo(Duration.ofSeconds(60));
        // A send may take the timeout to connect and the timeout to answer; the lease must not run out before it is recorded.
        assertThat(OutboxWorker.leaseFor(Duration.ofSeconds(40))).isEqualTo(Duration.ofSeconds(95));
    }
}
