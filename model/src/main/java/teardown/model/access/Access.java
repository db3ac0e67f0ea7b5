package teardown.model.access;

/**
 * The parts of the state some steps may read and write, as bit sets over a {@link Layout}'s
 * numbering. Reads include whatever decides whether a step is enabled.
 */
public record Access(long reads, long writes) {

    public static final Access NONE = new Access(0, 0);

    /** Reads and writes the same parts. */
    public static Access touches(long parts) {
        return new Access(parts, parts);
    }

    public Access and(Access other) {
        return new Access(reads | other.reads, writes | other.writes);
    }

    public Access andReads(long parts) {
        return new Access(reads | parts, writes);
    }

    public Access andTouches(long parts) {
        return new Access(reads | parts, writes | parts);
    }

    public boolean isNone() {
        return reads == 0 && writes == 0;
    }
}
