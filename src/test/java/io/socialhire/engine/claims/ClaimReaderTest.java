package io.socialhire.engine.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialhire.engine.quality.Evaluation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How single statements are read, in each language: who acts, what they do, when, in which mode, where, and whether
 * it is credited. One row per statement: the first claim read from it must be as listed.
 */
class ClaimReaderTest {
    private static final ClaimReader READER = Evaluation.ENGINE.reader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        I moderate r/gardening and welcome every newcomer.                                  | en | LEAD      | CANDIDATE           | CURRENT | ACTUAL       | PUBLIC  | true
        I used to moderate r/gardening, now I just read.                                    | en | LEAD      | CANDIDATE           | PAST    | ACTUAL       | PUBLIC  | false
        I'd love to start a Discord for indie devs.                                         | en | LEAD      | CANDIDATE           | CURRENT | WISH         | PUBLIC  | false
        My manager posts on LinkedIn every day.                                             | en | POST      | OTHERS              | CURRENT | ACTUAL       | PUBLIC  | false
        I answer questions in our company Slack every day.                                  | en | HELP      | CANDIDATE           | CURRENT | ACTUAL       | PRIVATE | false
        I organize a monthly meetup in a pub, in person only.                               | en | LEAD      | CANDIDATE           | CURRENT | ACTUAL       | OFFLINE | false
        I'm not on TikTok.                                                                  | en | ACCOUNT   | CANDIDATE           | CURRENT | NEGATED      | PUBLIC  | false
        I answer questions in comments and DMs on Instagram.                                | en | HELP      | CANDIDATE           | CURRENT | ACTUAL       | PUBLIC  | true
        Ich moderiere seit drei Jahren das Forum von Home Assistant.                        | de | LEAD      | CANDIDATE           | CURRENT | ACTUAL       | PUBLIC  | true
        Früher habe ich einen Discord-Server moderiert, heute lese ich nur noch mit.        | de | LEAD      | CANDIDATE           | PAST    | ACTUAL       | PUBLIC  | false
        Auf LinkedIn postet mein Chef täglich.                                              | de | POST      | OTHERS              | CURRENT | ACTUAL       | PUBLIC  | false
        Je réponds aux questions des débutants sur r/france chaque semaine.                 | fr | HELP      | CANDIDATE           | CURRENT | ACTUAL       | PUBLIC  | true
        Si j'avais le temps, j'animerais un serveur Discord.                                | fr | LEAD      | CANDIDATE           | CURRENT | HYPOTHETICAL | PUBLIC  | false
        Modero un grupo de Facebook de emprendedoras y respondo dudas cada día.             | es | LEAD      | CANDIDATE           | CURRENT | ACTUAL       | PUBLIC  | true
        Mi jefe publica en LinkedIn todos los días.                                         | es | POST      | OTHERS              | CURRENT | ACTUAL       | PUBLIC  | false
        Respondo dúvidas num grupo do Facebook todos os dias.                               | pt | HELP      | CANDIDATE           | CURRENT | ACTUAL       | PUBLIC  | true
        Eu gostaria de criar um canal no YouTube.                                           | pt | POST      | CANDIDATE           | CURRENT | WISH         | PUBLIC  | false
        """)
    void readsWhoDoesWhatWhenAndWhere(String answer, String language, Activity activity, Actor actor, TimeFrame time,
                                      Mode mode, VenueKind venue, boolean credited) {
        Reading reading = READER.read(answer);
        assertThat(reading.language()).isEqualTo(language);
        assertThat(reading.claims()).as(answer).isNotEmpty();
        Claim first = reading.claims().get(0);
        assertThat(List.of(first.activity(), first.actor(), first.time(), first.mode()))
                .as(answer).containsExactly(activity, actor, time, mode);
        assertThat(first.venues()).as(answer).extracting(Venue::kind).contains(venue);
        assertThat(first.credited()).as(answer).isEqualTo(credited);
        assertThat(answer.substring(first.start(), first.end())).as("the claim's span is text of the answer").isNotBlank();
    }
}
