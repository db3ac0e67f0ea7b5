package teardown.checker;

/**
 * The locations of the state that some steps may read and write, as bit sets over at most 64
 * locations the model names (location {@code i} is bit {@code 1L << i}). What counts as a location
 * is the model's choice: a variable, a field of one device, a whole shared structure.
 * Reads include everything that decides whether a step is enabled.
 */
public record Footprint(long reads, long writes) {

    public static final Footprint NONE = new Footprint(0, 0);

    /** Every location, read and written: the safe answer when nothing better is known. */
    public static final Footprint ALL = new Footprint(-1L, -1L);

    /** Location bits for the given location numbers. */
    public static long locations(int... numbers) {
        long bits = 0;
        for (int n : numbers) {
            if (n < 0 || n > 63) {
                throw new IllegalArgumentException("locations are numbered 0 to 63, got " + n);
            }
            bits |= 1L << n;
        }
        return bits;
    }

    /** Steps with these footprints may not commute: one writes what the other reads or writes. */
    public boolean conflictsWith(Footprint other) {
        return (writes & (other.reads | other.writes)) != 0 || (reads & other.writes) != 0;
    }

    public Footprint union(Footprint other) {
        return new Footprint(reads | other.reads, writes | other.writes);
    }

    /** Every location this one reads or writes, {@code outer} reads or writes too (writes count as reads as well). */
    public boolean within(Footprint outer) {
        return (reads & ~(outer.reads | outer.writes)) == 0 && (writes & ~outer.writes) == 0;
    }
}
