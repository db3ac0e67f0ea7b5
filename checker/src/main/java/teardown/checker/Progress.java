package teardown.checker;

/** A snapshot of a running search, reported now and then so long runs are not silent. */
public record Progress(long states, long transitions, int depth, long queued, double seconds) {

    public double statesPerSecond() {
        return seconds > 0 ? states / seconds : 0;
    }
}
