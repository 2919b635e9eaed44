package io.socialhire.engine;

/** The 1..5 rating scale of the rating guide, and the 0..100 score bands that go with it. */
public final class RatingScale {
    private static final String[] LABELS = {"none", "thin", "some", "solid", "exemplary"};

    private RatingScale() {
    }

    /** The guide's name of a rating: 1 none, 2 thin, 3 some, 4 solid, 5 exemplary. */
    public static String label(int rating) {
        return LABELS[rating - 1];
    }
}
