package teardown.checker;

/**
 * The depth of each state without storing one per state: breadth-first numbering puts the
 * states in depth order, so depth d holds the numbers from {@code start(d)} on.
 */
final class Levels {

    private final IntArray starts = new IntArray(64);

    /** Notes that state {@code id}, just numbered, lies at {@code depth}; breadth-first numbering meets the depths in order. */
    void note(int id, int depth) {
        if (depth == starts.size()) {
            starts.add(id);
        }
    }

    /** The first state number at {@code depth}, or -1 if no state that deep has been numbered yet. */
    int start(int depth) {
        return depth < starts.size() ? starts.get(depth) : -1;
    }

    int depthOf(int id) {
        int lo = 0;
        int hi = starts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts.get(mid) <= id) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
