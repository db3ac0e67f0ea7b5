package teardown.checker;

import io.vavr.collection.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The exhaustive checker: breadth-first search over a {@link TransitionSystem}, with a visited set,
 * checking every property against what it finds. Use it through its small builder:
 *
 * <pre>
 *   Report r = Checker.of(system).property(p).maxStates(100_000).threads(2).check();
 * </pre>
 *
 * It knows states, steps and predicates; what they mean is the model's business. The state
 * properties are judged during the search; leads-to is judged on the stored graph afterwards.
 */
public final class Checker<S, A> {

    /** Everything the builder collects; each builder call returns a new Checker with one field changed. */
    private record Settings<S, A>(TransitionSystem<S, A> system, List<Property<S, A>> properties, long maxStates,
                                  Consumer<Progress> progress, double progressEverySeconds, int threads,
                                  Storage storage, Symmetry<S> symmetry, long memoryLimit) {
    }

    private final Settings<S, A> settings;

    private Checker(Settings<S, A> settings) {
        this.settings = settings;
    }

    public static <S, A> Checker<S, A> of(TransitionSystem<S, A> system) {
        return new Checker<>(new Settings<>(system, List.empty(), Long.MAX_VALUE, p -> { }, 1.0, 1,
                Storage.GRAPH, null, MemoryGuard.defaultLimit()));
    }

    public Checker<S, A> property(Property<S, A> property) {
        return properties(List.of(property));
    }

    public Checker<S, A> properties(Iterable<? extends Property<S, A>> more) {
        Settings<S, A> s = settings;
        return new Checker<>(new Settings<>(s.system, s.properties.appendAll(more), s.maxStates, s.progress,
                s.progressEverySeconds, s.threads, s.storage, s.symmetry, s.memoryLimit));
    }

    /** Stop after this many distinct states; every unsettled verdict is then INCOMPLETE. */
    public Checker<S, A> maxStates(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("maxStates must be at least 1, was " + limit);
        }
        Settings<S, A> s = settings;
        return new Checker<>(new Settings<>(s.system, s.properties, limit, s.progress, s.progressEverySeconds,
                s.threads, s.storage, s.symmetry, s.memoryLimit));
    }

    /** Called about once every {@code everySeconds} while the search runs. */
    public Checker<S, A> onProgress(Consumer<Progress> listener, double everySeconds) {
        Settings<S, A> s = settings;
        return new Checker<>(new Settings<>(s.system, s.properties, s.maxStates, listener, everySeconds,
                s.threads, s.storage, s.symmetry, s.memoryLimit));
    }

    /** Threads that expand states; results are the same for any number. */
    public Checker<S, A> threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + n);
        }
        Settings<S, A> s = settings;
        return new Checker<>(new Settings<>(s.system, s.properties, s.maxStates, s.progress, s.progressEverySeconds,
                n, s.storage, s.symmetry, s.memoryLimit));
    }

    /** What to keep of the states: the graph (the default) or only fingerprints (safety only, no graph). */
    public Checker<S, A> storage(Storage storage) {
        Settings<S, A> s = settings;
        return new Checker<>(new Settings<>(s.system, s.properties, s.maxStates, s.progress, s.progressEverySeconds,
                s.threads, storage, s.symmetry, s.memoryLimit));
    }

    /** Store and expand only canonical representatives of states equal up to {@code symmetry}. */
    public Checker<S, A> symmetry(Symmetry<S> symmetry) {
        Settings<S, A> s = settings;
        return new Checker<>(new Settings<>(s.system, s.properties, s.maxStates, s.progress, s.progressEverySeconds,
                s.threads, s.storage, symmetry, s.memoryLimit));
    }

    /**
     * Stop, INCOMPLETE, once live data on the heap reaches this many bytes (default: 85% of the
     * maximum heap), so a search never dies of OutOfMemoryError.
     */
    public Checker<S, A> memoryLimit(long bytes) {
        Settings<S, A> s = settings;
        return new Checker<>(new Settings<>(s.system, s.properties, s.maxStates, s.progress, s.progressEverySeconds,
                s.threads, s.storage, s.symmetry, bytes));
    }

    /** Explores the reachable states, then judges every property on what was found. */
    public Report<S, A> check() {
        Settings<S, A> s = settings;
        boolean graph = s.storage == Storage.GRAPH;
        if (!graph && s.properties.exists(p -> p instanceof Property.LeadsTo)) {
            throw new IllegalArgumentException("leads-to is judged on the graph: use Storage.GRAPH, not fingerprints");
        }
        long start = System.nanoTime();
        List<S> initial = s.system.initialStates();
        UnaryOperator<S> canonical = s.symmetry == null ? x -> x : s.symmetry::canonical;
        StateCodec<S> codec = StateCodec.like(initial.isEmpty() ? null : canonical.apply(initial.head()));
        Levels levels = new Levels();
        GraphStore<S, A> graphStore = graph ? new GraphStore<>(codec) : null;
        StateStore<S, A> store = graph ? graphStore : new FingerprintStore<>(s.system, codec, canonical);
        SafetyMonitor<S, A> monitor = new SafetyMonitor<>(s.properties.toJavaList());
        Exploration<S, A> search = new Exploration<>(s.system, codec, store, monitor, s.symmetry, levels,
                s.maxStates, s.threads, new MemoryGuard(s.memoryLimit), s.progress, s.progressEverySeconds);
        String stopped = search.run(start);
        boolean complete = stopped.isEmpty();

        StateGraph<S, A> explored = graph ? new StateGraph<>(graphStore, levels, canonical) : null;
        List<Outcome<S, A>> outcomes = s.properties.map(p -> p instanceof Property.LeadsTo<S, A> l
                ? (complete ? LeadsToSearch.judge(explored, l) : new Outcome<>(p, Verdict.INCOMPLETE, io.vavr.control.Option.none()))
                : monitor.outcome(p, complete, store::pathTo));
        long n = store.size();
        Statistics statistics = new Statistics(n, search.transitions(), search.depth(), seconds(start), complete,
                s.threads, graph ? "graph" : "fingerprints", store.bytes(),
                graph ? 0 : Fingerprint.collisionProbability(n, search.transitions()), search.reductionFactor(), stopped);
        return new Report<>(explored, outcomes, statistics);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
