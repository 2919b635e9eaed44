package io.socialhire.bench;

import io.socialhire.role.RoleMatch;
import io.socialhire.role.RoleMatcher;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Matches one free-text job title, as an ATS sends it, to the default role profiles: what a scoring request with
 * {@code roleTitle} pays before the engine runs. One thread; nanoseconds, as a match takes about a microsecond.
 * Run: bench/engine/run.sh RoleMatch
 */
@State(Scope.Benchmark)
@Fork(1)
public class RoleMatchBenchmark {

    static final String TITLE = "Senior Community Manager - Mobile Games (Remote, EMEA)";

    RoleMatcher matcher;

    @Setup(Level.Trial)
    public void setUp() {
        matcher = RoleMatcher.loadDefault();
    }

    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public RoleMatch match() {
        return matcher.match(TITLE);
    }
}
