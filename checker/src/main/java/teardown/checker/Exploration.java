package teardown.checker;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One breadth-first search. States are expanded in chunks of consecutive numbers; with several
 * threads, workers expand chunks (the model's successors, the encoding, the state properties)
 * while this thread merges the results strictly in chunk order: numbering new states, looking
 * them up, adding edges. The merge does exactly what the sequential search does in exactly its
 * order, so numbering, statistics, verdicts and traces are the same for any number of threads.
 * A worker can only be handed states the merge has already numbered, which makes the search
 * level-synchronous only where the frontier is thin.
 */
final class Exploration<S, A> {

    static final String STOPPED_AT_LIMIT = "state limit";
    static final String STOPPED_FOR_MEMORY = "memory";
    /** A search for traces only: every state property has found its first state. */
    static final String STOPPED_SETTLED = "settled";

    private static final int CHUNK = 256;

    private final TransitionSystem<S, A> system;
    private final StateCodec<S> codec;
    private final int width;
    private final StateStore<S, A> store;
    private final SafetyMonitor<S, A> monitor;
    private final UnaryOperator<S> canonical;
    private final Symmetry<S> symmetry;
    private final Levels levels;
    private final long maxStates;
    private final int threads;
    private final MemoryGuard guard;
    private final Consumer<Progress> progress;
    private final long progressNanos;
    /** Partial-order reduction: chooses the steps to explore per state; null explores them all. */
    private final AmpleSets<S, A> ampleSets;
    private final boolean stopOnceSettled;

    private long transitions;
    private long pruned;
    private int depth;
    private long represented;
    private boolean orbitsKnown = true;
    private String stopReason = "";
    /** States below this one have been expanded (or, at a cut, the one at it was tried). */
    private int merged;
    /** States below this one have had their state properties recorded. */
    private int recorded;

    Exploration(TransitionSystem<S, A> system, StateCodec<S> codec, StateStore<S, A> store, SafetyMonitor<S, A> monitor,
                Symmetry<S> symmetry, Levels levels, long maxStates, int threads, MemoryGuard guard,
                Consumer<Progress> progress, double progressSeconds) {
        this(system, codec, store, monitor, symmetry, levels, maxStates, threads, guard, progress, progressSeconds, null, false);
    }

    /**
     * With {@code ampleSets}, a search under partial-order reduction; with {@code stopOnceSettled},
     * one that stops as soon as every state property has found its first state (for traces).
     */
    Exploration(TransitionSystem<S, A> system, StateCodec<S> codec, StateStore<S, A> store, SafetyMonitor<S, A> monitor,
                Symmetry<S> symmetry, Levels levels, long maxStates, int threads, MemoryGuard guard,
                Consumer<Progress> progress, double progressSeconds, AmpleSets<S, A> ampleSets, boolean stopOnceSettled) {
        this.ampleSets = ampleSets;
        this.stopOnceSettled = stopOnceSettled;
        this.system = system;
        this.codec = codec;
        this.width = codec.width();
        this.store = store;
        this.monitor = monitor;
        this.symmetry = symmetry;
        this.canonical = symmetry == null ? s -> s : symmetry::canonical;
        this.levels = levels;
        this.maxStates = maxStates;
        this.threads = threads;
        this.guard = guard;
        this.progress = progress;
        this.progressNanos = (long) (progressSeconds * 1e9);
    }

    /** Runs the search; returns "" when it finished, else why it stopped. */
    String run(long startNanos) {
        seed();
        if (stopReason.isEmpty()) {
            search(startNanos);
        }
        if (!stopReason.equals(STOPPED_SETTLED)) {
            recordRemainder();
        }
        return stopReason;
    }

    long transitions() {
        return transitions;
    }

    int depth() {
        return depth;
    }

    /** Enabled transitions the reduction left out of the expanded states. */
    long pruned() {
        return pruned;
    }

    /** States represented per state stored: 1 without symmetry, NaN when the orbits are unknown. */
    double reductionFactor() {
        if (symmetry == null) {
            return 1;
        }
        // With no state at all this is 0/0, which is NaN too.
        return orbitsKnown ? (double) represented / store.size() : Double.NaN;
    }

    // ---- the search ----

    private void seed() {
        for (S init : system.initialStates()) {
            if (store.size() >= maxStates) {
                stopReason = STOPPED_AT_LIMIT;
                return;
            }
            S s = canonical.apply(init);
            Object[] parts = codec.parts(s);
            int[] v = new int[width];
            codec.encode(parts, null, null, 0, v, 0);
            codec.resolve(parts, v, 0);
            long hash = Fingerprint.of(v, 0, width);
            if (store.find(v, 0, hash) < 0) {
                levels.note(store.add(v, 0, hash, -1), 0);
            }
        }
    }

    private void search(long startNanos) {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "checker-worker");
            t.setDaemon(true);
            return t;
        }) : null;
        ArrayDeque<Callable<Chunk>> pending = new ArrayDeque<>();
        // Chunks in flight: enough to keep every worker busy while the merge runs; without workers they wait and run in turn.
        int window = 4 * threads;
        int next = 0;
        long nextReport = System.nanoTime() + progressNanos;
        try {
            while (stopReason.isEmpty()) {
                while (pending.size() < window && next < store.size()
                        && (pending.isEmpty() || store.size() - next >= CHUNK)) {
                    Chunk c = new Chunk(next, Math.min(store.size(), next + CHUNK));
                    store.vectors(c.first, c.first + c.count, c.vectors);
                    next = c.first + c.count;
                    if (pool == null) {
                        pending.add(() -> expand(c));
                    } else {
                        Future<Chunk> f = pool.submit(() -> expand(c));
                        pending.add(f::get);
                    }
                }
                if (pending.isEmpty()) {
                    return;
                }
                Chunk done = take(pending.poll());
                if (done == null || !merge(done)) {
                    return;
                }
                store.release(merged);
                if (guard.exhausted()) {
                    stopReason = STOPPED_FOR_MEMORY;
                    return;
                }
                if (System.nanoTime() > nextReport) {
                    progress.accept(new Progress(store.size(), transitions, depth, store.size() - merged,
                            (System.nanoTime() - startNanos) / 1e9));
                    nextReport = System.nanoTime() + progressNanos;
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private Chunk take(Callable<Chunk> pending) {
        try {
            return pending.call();
        } catch (OutOfMemoryError e) {
            stopReason = STOPPED_FOR_MEMORY;
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                stopReason = STOPPED_FOR_MEMORY;
                return null;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search interrupted", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Worker side: everything about a chunk of states that needs no shared, growing structure. */
    private Chunk expand(Chunk c) {
        Object[] whole = new Object[codec.topLevelComponents()];
        for (int i = 0; i < c.count; i++) {
            int at = i * width;
            Object[] parts = codec.parts(c.vectors, at);
            S s = codec.assemble(parts, whole);
            io.vavr.collection.List<Transition<S, A>> next = system.successors(s);
            c.properties[i] = monitor.test(s, next.isEmpty());
            if (symmetry != null) {
                c.orbits[i] = symmetry.orbitSize(s);
            }
            c.successors[i] = next.size();
            boolean[] ample = ampleSets == null ? null : ampleSets.choose(s, next);
            c.reduced[i] = ample != null;
            int j = 0;
            for (Transition<S, A> t : next) {
                int k = c.reserve(width);
                c.ample[k] = ample == null || ample[j++];
                Object[] open = codec.encodeSuccessor(canonical.apply(t.target()), whole, parts, c.vectors, at, c.targets, k * width);
                c.steps[k] = t.step();
                c.open[k] = open;
                c.hashes[k] = open == null ? Fingerprint.of(c.targets, k * width, width) : 0;
            }
        }
        return c;
    }

    /** Merge side: numbers, looks up and links the chunk's successors in order. False once the search must stop. */
    @SuppressWarnings("unchecked")
    private boolean merge(Chunk c) {
        for (int k = 0; k < c.size; k++) {
            if (c.open[k] == null) {
                store.touch(c.hashes[k]);
            }
        }
        int k = 0;
        for (int i = 0; i < c.count; i++) {
            int id = c.first + i;
            depth = Math.max(depth, levels.depthOf(id));
            monitor.record(id, c.properties[i]);
            recorded = id + 1;
            if (stopOnceSettled && monitor.allSettled()) {
                merged = id;
                stopReason = STOPPED_SETTLED;
                return false;
            }
            addOrbit(c.orbits[i]);
            boolean cut = false;
            boolean all = !c.reduced[i] || provisoFails(c, k, c.successors[i], levels.depthOf(id));
            try {
                for (int j = 0; j < c.successors[i]; j++, k++) {
                    if (!all && !c.ample[k]) {
                        pruned++;
                        continue;
                    }
                    transitions++;
                    int at = k * width;
                    if (c.open[k] != null) {
                        codec.resolve(c.open[k], c.targets, at);
                        c.open[k] = null;
                        c.hashes[k] = Fingerprint.of(c.targets, at, width);
                    }
                    int known = store.find(c.targets, at, c.hashes[k]);
                    if (known < 0) {
                        if (store.size() >= maxStates) {
                            cut = true;
                            continue;
                        }
                        known = store.add(c.targets, at, c.hashes[k], id);
                        levels.note(known, levels.depthOf(id) + 1);
                    }
                    if (!cut) {
                        store.edge((A) c.steps[k], known);
                    }
                }
            } catch (OutOfMemoryError e) {
                store.abandon(id);
                merged = id;
                stopReason = STOPPED_FOR_MEMORY;
                return false;
            }
            if (cut) {
                // A state with a successor we could not keep stays unexpanded: its edge list would lie.
                store.abandon(id);
                merged = id;
                stopReason = STOPPED_AT_LIMIT;
                return false;
            }
            store.expanded(id);
            merged = id + 1;
        }
        return true;
    }

    /**
     * The cycle proviso for a breadth-first search: a state whose chosen steps lead back to a
     * state no deeper than itself is expanded in full. Every cycle of the reduced graph has such
     * an edge (depth cannot rise all the way round), so every cycle passes a fully expanded state
     * and no step is postponed for ever.
     */
    private boolean provisoFails(Chunk c, int first, int count, int depth) {
        int next = levels.start(depth + 1);
        int bound = next < 0 ? store.size() : next;
        for (int k = first; k < first + count; k++) {
            if (!c.ample[k]) {
                continue;
            }
            int at = k * width;
            if (c.open[k] != null) {
                codec.resolve(c.open[k], c.targets, at);
                c.open[k] = null;
                c.hashes[k] = Fingerprint.of(c.targets, at, width);
            }
            if (store.storedBelow(c.targets, at, c.hashes[k], bound)) {
                return true;
            }
        }
        return false;
    }

    /** A search cut short still judges the invariants and witnesses of the states it stored but never expanded. */
    private void recordRemainder() {
        int[] v = new int[width];
        for (int id = recorded; id < store.size(); id++) {
            store.vectors(id, id + 1, v);
            S s = codec.assemble(codec.parts(v, 0));
            monitor.record(id, monitor.test(s, false));
            if (symmetry != null) {
                addOrbit(symmetry.orbitSize(s));
            }
        }
        recorded = store.size();
    }

    private void addOrbit(long size) {
        if (symmetry == null) {
            return;
        }
        if (size <= 0) {
            orbitsKnown = false;
        }
        represented += size;
    }

    /** A run of consecutive states to expand, and what expanding them found. */
    private final class Chunk {
        final int first;
        final int count;
        final int[] vectors;
        final long[] properties;
        final long[] orbits;
        final int[] successors;
        /** Per state: whether the reduction chose fewer than all its steps. */
        final boolean[] reduced;
        /** Per successor: whether it is among the chosen steps. */
        boolean[] ample;
        int[] targets;
        Object[] steps;
        Object[][] open;
        long[] hashes;
        int size;

        Chunk(int first, int end) {
            this.first = first;
            this.count = end - first;
            this.vectors = new int[count * width];
            this.properties = new long[count];
            this.orbits = new long[count];
            this.successors = new int[count];
            this.reduced = new boolean[count];
            int guess = count * 4;
            this.targets = new int[guess * width];
            this.steps = new Object[guess];
            this.open = new Object[guess][];
            this.hashes = new long[guess];
            this.ample = new boolean[guess];
        }

        /** Room for one more successor; returns its index. */
        int reserve(int w) {
            if (size == steps.length) {
                int n = size * 2;
                targets = Arrays.copyOf(targets, n * w);
                steps = Arrays.copyOf(steps, n);
                open = Arrays.copyOf(open, n);
                hashes = Arrays.copyOf(hashes, n);
                ample = Arrays.copyOf(ample, n);
            }
            return size++;
        }
    }
}
