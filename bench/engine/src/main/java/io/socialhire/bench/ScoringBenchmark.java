package io.socialhire.bench;

import io.socialhire.engine.Engines;
import io.socialhire.engine.Resources;
import io.socialhire.engine.ScoringEngine;
import io.socialhire.engine.ScoringRequest;
import io.socialhire.engine.ScoringResult;
import io.socialhire.role.RoleMatcher;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scores one answer of 30, 150 or 400 words on one thread, with participation v2 (the default for new scorings) and
 * v1 (still used to re-score stored assessments).
 * Run: bench/engine/run.sh (from the repository root)
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScoringBenchmark {

    static final String[] SENTENCES = {
        "I'm a moderator of r/CommunityManager, where I answer questions from people starting out most weekday mornings.",
        "On Mastodon (@ana@mastodon.social) I post short threads about what I learned from each community event I run.",
        "I reply to pretty much every comment and I make a point of boosting newcomers' posts and crediting them by name.",
        "I also co-host a monthly Discord voice chat for indie game community folks and write up the notes on my blog.",
        "I used to be very active on Facebook groups but I stopped in 2019 because the conversations moved elsewhere.",
        "I'm not on TikTok, and I never really used Snapchat, but I follow a few creators on YouTube to learn editing.",
        "Every Friday I share three posts from other community managers on Bluesky with a note on why they helped me.",
        "Last week I asked the Home Assistant forum for feedback on a guide I wrote and rewrote it based on the replies.",
    };

    @Param({"30", "150", "400"})
    public int words;

    @Param({"2", "1"})
    public int version;

    ScoringEngine engine;
    ScoringRequest request;

    @Setup(Level.Trial)
    public void setUp() {
        engine = Engines.fromJson(Resources.read("rubrics/participation/v" + version + ".json"));
        request = new ScoringRequest(answer(words), RoleMatcher.loadDefault().generic(), List.of(), "default");
    }

    public static String answer(int words) {
        StringBuilder b = new StringBuilder();
        int count = 0;
        int i = 0;
        while (count < words) {
            String[] ws = SENTENCES[i % SENTENCES.length].split(" ");
            for (String w : ws) {
                if (count == words) {
                    break;
                }
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(w);
                count++;
            }
            i++;
        }
        if (b.charAt(b.length() - 1) != '.') {
            b.append('.');
        }
        return b.toString();
    }

    @Benchmark
    public ScoringResult score() {
        return engine.score(request);
    }
}
