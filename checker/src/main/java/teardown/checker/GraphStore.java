package teardown.checker;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole explored graph in flat arrays: each state as its encoded vector (a row of
 * {@link PackedRows}, a byte or two per component), its parent's number, and its edges in compressed sparse
 * rows (targets as ints, steps as numbers into a table of the distinct steps). States are
 * expanded in number order, so the expanded ones are exactly those below {@link #expandedCount()}.
 */
final class GraphStore<S, A> implements StateStore<S, A> {

    private final StateCodec<S> codec;
    private final int width;
    private final PackedRows rows;
    private final IntArray parents = new IntArray(1 << 8);
    private final IdTable visited;
    private final IntArray edgeStart = new IntArray(1 << 8);
    private final IntArray edgeTargets = new IntArray(1 << 9);
    private final PackedColumn edgeSteps = new PackedColumn();
    private final java.util.List<A> steps = new ArrayList<>();
    private final Map<A, Integer> stepNumbers = new HashMap<>();
    private int initialCount;
    /** The step that found each state whose parent's expansion was abandoned (at most one expansion's worth). */
    private final Map<Integer, A> foundByAbandoned = new HashMap<>();

    GraphStore(StateCodec<S> codec) {
        this.codec = codec;
        this.width = codec.width();
        this.rows = new PackedRows(width);
        int[] scratch = new int[width];
        this.visited = new IdTable(id -> {
            rows.row(id, scratch, 0);
            return Fingerprint.of(scratch, 0, width);
        });
        edgeStart.add(0);
    }

    // ---- building ----

    @Override
    public int size() {
        return parents.size();
    }

    @Override
    public int find(int[] vector, int at, long hash) {
        return visited.find(hash, id -> rows.rowEquals(id, vector, at));
    }

    @Override
    public void touch(long hash) {
        visited.touch(hash);
    }

    @Override
    public boolean storedBelow(int[] vector, int at, long hash, int bound) {
        int id = find(vector, at, hash);
        return id >= 0 && id < bound;
    }

    @Override
    public int add(int[] vector, int at, long hash, int parent) {
        int id = parents.size();
        rows.add(vector, at);
        visited.add(hash, id);
        parents.add(parent);
        if (parent < 0) {
            initialCount++;
        }
        return id;
    }

    @Override
    public void edge(A step, int target) {
        Integer n = stepNumbers.get(step);
        if (n == null) {
            n = steps.size();
            steps.add(step);
            stepNumbers.put(step, n);
        }
        edgeTargets.add(target);
        edgeSteps.add(n);
    }

    @Override
    public void expanded(int id) {
        edgeStart.add(edgeTargets.size());
    }

    @Override
    public void abandon(int id) {
        int from = edgeStart.get(id);
        // States this expansion found keep their parent; their traces still need the step that found them.
        for (int e = from; e < edgeTargets.size(); e++) {
            int target = edgeTargets.get(e);
            if (parents.get(target) == id) {
                foundByAbandoned.putIfAbsent(target, steps.get(edgeSteps.get(e)));
            }
        }
        // The edges themselves may stay: the search stops after an abandon, and only an expanded state's edges are read.
    }

    @Override
    public void vectors(int from, int to, int[] out) {
        for (int id = from; id < to; id++) {
            rows.row(id, out, (id - from) * width);
        }
    }

    @Override
    public void release(int upTo) {
    }

    @Override
    public long bytes() {
        return rows.bytes() + parents.bytes() + visited.bytes() + edgeStart.bytes() + edgeTargets.bytes() + edgeSteps.bytes();
    }

    // ---- reading ----

    int initialCount() {
        return initialCount;
    }

    int expandedCount() {
        return edgeStart.size() - 1;
    }

    int parent(int id) {
        return parents.get(id);
    }

    S state(int id) {
        int[] v = new int[width];
        vectors(id, id + 1, v);
        return codec.assemble(codec.parts(v, 0));
    }

    /** The number of {@code state} (already canonical), or -1 if the search never stored it. */
    int numberOf(S state) {
        int[] v = codec.lookup(state);
        return v == null ? -1 : find(v, 0, Fingerprint.of(v, 0, width));
    }

    int firstEdge(int id) {
        return id < expandedCount() ? edgeStart.get(id) : 0;
    }

    int endEdge(int id) {
        return id < expandedCount() ? edgeStart.get(id + 1) : 0;
    }

    int target(int edge) {
        return edgeTargets.get(edge);
    }

    int stepNumber(int edge) {
        return edgeSteps.get(edge);
    }

    A step(int stepNumber) {
        return steps.get(stepNumber);
    }

    int distinctSteps() {
        return steps.size();
    }

    @Override
    public Path<S, A> pathTo(int id) {
        List<Transition<S, A>> path = List.empty();
        int at = id;
        while (parents.get(at) >= 0) {
            int from = parents.get(at);
            path = path.prepend(new Transition<>(firstStepBetween(from, at), state(at)));
            at = from;
        }
        return Path.of(state(at), path);
    }

    /** The step that found {@code to}: the first of {@code from}'s edges that leads there. */
    private A firstStepBetween(int from, int to) {
        if (from >= expandedCount() && foundByAbandoned.containsKey(to)) {
            return foundByAbandoned.get(to);
        }
        for (int e = firstEdge(from); e < endEdge(from); e++) {
            if (target(e) == to) {
                return step(stepNumber(e));
            }
        }
        throw new IllegalStateException("state " + to + " is not a successor of its parent " + from);
    }
}
