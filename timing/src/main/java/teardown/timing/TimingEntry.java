package teardown.timing;

/**
 * One row of the timing table: how long a kind of step takes, and where that figure comes from.
 *
 * @param kind   DURATION: the step takes this long once it can start; DEADLINE: a timeout that
 *               fires this long after its actor began to wait; PER_GIB: added per GiB of guest memory
 *               to the entry of the same key without the suffix
 * @param source a public source for the figure, or "assumed: " and the reason
 */
public record TimingEntry(String key, Interval interval, Kind kind, String source) {

    public enum Kind { DURATION, DEADLINE, PER_GIB }

    public TimingEntry with(Interval i) {
        return new TimingEntry(key, i, kind, source + (i.equals(interval) ? "" : " (overridden: default " + interval + ")"));
    }
}
