package org.palisade.requirements;

/**
 * Where to move one item: one place up or down, or to a given rank (the items in between shift by one).
 * Exactly one of {@code direction} and {@code rank} is given.
 */
public record Move(Direction direction, Integer rank) {

    public enum Direction {
        UP, DOWN
    }

    public static Move up() {
        return new Move(Direction.UP, null);
    }

    public static Move down() {
        return new Move(Direction.DOWN, null);
    }

    public static Move toRank(int rank) {
        return new Move(null, rank);
    }
}
