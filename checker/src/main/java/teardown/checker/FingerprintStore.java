package teardown.checker;

import io.vavr.collection.List;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * TLC's way for safety-only runs: a stored state is its 64-bit fingerprint in the visited set
 * ({@link FingerprintSet}, 10 to 20 bytes) and, by number, the same fingerprint and its parent's
 * number for traces (12 bytes): 22 to 32 bytes in all. States waiting to be
 * expanded keep their encoded vector in a queue until then. A counterexample is rebuilt by
 * replaying the model from an initial state, at each step taking the first successor whose
 * fingerprint is the next one on the parent chain.
 */
final class FingerprintStore<S, A> implements StateStore<S, A> {

    private final TransitionSystem<S, A> system;
    private final StateCodec<S> codec;
    private final UnaryOperator<S> canonical;
    private final int width;
    private final LongArray fingerprints = new LongArray(1 << 8);
    private final IntArray parents = new IntArray(1 << 8);
    private final FingerprintSet visited = new FingerprintSet();
    /** Fingerprints of states {@code youngFrom ..}, kept only while the reduction's proviso asks. */
    private FingerprintSet young;
    private int youngFrom;

    /** Vectors of states {@code queueBase ..} in number order; the ones below are expanded. */
    private int[] queue = new int[1 << 8];
    private int queueBase;

    FingerprintStore(TransitionSystem<S, A> system, StateCodec<S> codec, UnaryOperator<S> canonical) {
        this.system = system;
        this.codec = codec;
        this.canonical = canonical;
        this.width = codec.width();
    }

    @Override
    public int size() {
        return parents.size();
    }

    @Override
    public int find(int[] vector, int at, long hash) {
        // The search needs only "seen or not"; numbers matter for traces, which follow parents instead.
        return visited.contains(hash) ? 0 : -1;
    }

    @Override
    public void touch(long hash) {
        visited.touch(hash);
    }

    /**
     * The fingerprint set knows no numbers, so the proviso's question is answered with a second,
     * small set: the fingerprints numbered from {@code youngFrom} on (the level being built).
     */
    @Override
    public boolean storedBelow(int[] vector, int at, long hash, int bound) {
        if (!visited.contains(hash)) {
            return false;
        }
        if (young == null || youngFrom != bound) {
            young = new FingerprintSet();
            youngFrom = bound;
            for (int id = bound; id < fingerprints.size(); id++) {
                young.add(fingerprints.get(id));
            }
        }
        return !young.contains(hash);
    }

    @Override
    public int add(int[] vector, int at, long hash, int parent) {
        int id = fingerprints.size();
        int used = (id - queueBase) * width;
        if (used + width > queue.length) {
            queue = Arrays.copyOf(queue, MemoryGuard.grownLength(queue.length, 4));
        }
        System.arraycopy(vector, at, queue, used, width);
        fingerprints.add(hash);
        visited.add(hash);
        if (young != null) {
            young.add(hash);
        }
        parents.add(parent);
        return id;
    }

    @Override
    public void edge(A step, int target) {
    }

    @Override
    public void expanded(int id) {
    }

    @Override
    public void abandon(int id) {
    }

    @Override
    public void vectors(int from, int to, int[] out) {
        System.arraycopy(queue, (from - queueBase) * width, out, 0, (to - from) * width);
    }

    @Override
    public void release(int upTo) {
        int drop = upTo - queueBase;
        // Shift only when the dead prefix is the larger part, so each vector moves O(1) times.
        if (drop > 0 && drop * 2 >= size() - queueBase) {
            int live = (size() - upTo) * width;
            System.arraycopy(queue, drop * width, queue, 0, live);
            queueBase = upTo;
        }
    }

    @Override
    public Path<S, A> pathTo(int id) {
        IntArray chain = new IntArray(64);
        for (int at = id; at >= 0; at = parents.get(at)) {
            chain.add(at);
        }
        long rootPrint = fingerprints.get(chain.get(chain.size() - 1));
        S state = system.initialStates().map(canonical).find(s -> fingerprintOf(s) == rootPrint)
                .getOrElseThrow(() -> new IllegalStateException("no initial state has fingerprint " + rootPrint));
        S initial = state;
        List<Transition<S, A>> steps = List.empty();
        for (int i = chain.size() - 2; i >= 0; i--) {
            long next = fingerprints.get(chain.get(i));
            Transition<S, A> step = null;
            for (Transition<S, A> t : system.successors(state)) {
                S target = canonical.apply(t.target());
                if (fingerprintOf(target) == next) {
                    step = new Transition<>(t.step(), target);
                    break;
                }
            }
            if (step == null) {
                throw new IllegalStateException("replay lost the trace at depth " + steps.size()
                        + ": the model is not deterministic");
            }
            steps = steps.append(step);
            state = step.target();
        }
        return Path.of(initial, steps);
    }

    private long fingerprintOf(S state) {
        int[] v = codec.lookup(state);
        return v == null ? 0 : Fingerprint.of(v, 0, width);
    }

    @Override
    public long bytes() {
        return fingerprints.bytes() + parents.bytes() + visited.bytes() + (young == null ? 0 : young.bytes());
    }
}
