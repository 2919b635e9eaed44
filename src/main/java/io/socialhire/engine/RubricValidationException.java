package io.socialhire.engine;

import java.util.List;

/** A rubric document is invalid; {@link #problems()} names each problem with its JSON path. */
public class RubricValidationException extends RuntimeException {
    private final List<Problem> problems;

    /** {@code path} like {@code criteria[2].levels}; {@code message} like {@code expected levels 0..4, level 3 missing}. */
    public record Problem(String path, String message) {
        @Override
        public String toString() {
            return path.isEmpty() ? message : path + ": " + message;
        }
    }

    public RubricValidationException(List<Problem> problems) {
        super("invalid rubric: " + String.join("; ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
