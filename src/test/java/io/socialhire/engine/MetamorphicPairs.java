package io.socialhire.engine;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Answer pairs shared by the metamorphic tests of every engine version: the same change must move each version alike. */
public final class MetamorphicPairs {

    private MetamorphicPairs() {
    }

    /** A statement of participation and the same statement negated, in each language the engines read. */
    public static Stream<Arguments> negations() {
        return Stream.of(
                Arguments.of("I moderate r/CommunityManager and answer questions there every day.",
                        "I don't moderate r/CommunityManager or answer questions there."),
                Arguments.of("I reply to other designers on Bluesky most days.",
                        "I never reply to other designers on Bluesky."),
                Arguments.of("I post threads on Mastodon about what I learn and ask for feedback.",
                        "I'm not posting threads on Mastodon about what I learn or asking for feedback."),
                Arguments.of("Respondo preguntas en un servidor de Discord de diseño cada semana.",
                        "No respondo preguntas en un servidor de Discord de diseño."),
                Arguments.of("Ich beantworte jede Woche Fragen im Forum von Home Assistant.",
                        "Ich beantworte keine Fragen im Forum von Home Assistant."),
                Arguments.of("Je réponds aux questions des débutants sur Reddit chaque semaine.",
                        "Je ne réponds pas aux questions des débutants sur Reddit."),
                Arguments.of("Respondo dúvidas num grupo do Facebook todos os dias.",
                        "Não respondo dúvidas em grupos do Facebook."));
    }
}
