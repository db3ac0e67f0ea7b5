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
                                  Storage storage, Symmetry<S> symmetry, long memoryLimit, boolean reduction) {
    }

    private final Settings<S, A> settings;

    private Checker(Settings<S, A> settings) {
        this.settings = settings;
    }

    public static <S, A> Checker<S, A> of(TransitionSystem<S, A> system) {
        return new Checker<>(new Settings<>(system, List.empty(), Long.MAX_VALUE, p -> { }, 1.0, 1,
                Storage.GRAPH, null, MemoryGuard.defaultLimit(), false));
    }

    public Checker<S, A> property(Property<S, A> property) {
        return properties(List.of(property));
    }

    public Checker<S, A> properties(Iterable<? extends Property<S, A>> more) {
        Settings<S, A> s = settings;
        return new Checker<>(new Settings<>(s.system, s.properties.appendAll(more), s.maxStates, s.progress,
                s.progressEverySeconds, s.threads, s.storage, s.symmetry, s.memoryLimit, s.reduction));
    }

    /** Stop after this many distinct states; every unsettled verdict is then INCOMPLETE. */
    public Checker<S, A> maxStates(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("maxStates must be at least 1, was " + limit);
        }
        Settings<S, A> s = settings;
        return new Checker<>(new Settings<>(s.system, s.properties, limit, s.progress, s.progressEverySeconds,
                s.threads, s.storage, s.symmetry, s.memoryLimit, s.reduction));
    }

    /** Called about once every {@code everySeconds} while the search runs. */
    public Checker<S, A> onProgress(Consumer<Progress> listener, double everySeconds) {
        Settings<S, A> s = settings;
        return new Checker<>(new Settings<>(s.system, s.properties, s.maxStates, listener, everySeconds,
                s.threads, s.storage, s.symmetry, s.memoryLimit, s.reduction));
    }

    /** Threads that expand states; results are the same for any number. */
    public Checker<S, A> threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + n);
        }
        Settings<S, A> s = settings;
        return new Checker<>(new Settings<>(s.system, s.properties, s.maxStates, s.progress, s.progressEverySeconds,
                n, s.storage, s.symmetry, s.memoryLimit, s.reduction));
    }

    /** What to keep of the states: the graph (the default) or only fingerprints (safety only, no graph). */
    public Checker<S, A> storage(Storage storage) {
        Settings<S, A> s = settings;
        return new Checker<>(new Settings<>(s.system, s.properties, s.maxStates, s.progress, s.progressEverySeconds,
                s.threads, storage, s.symmetry, s.memoryLimit, s.reduction));
    }

    /** Store and expand only canonical representatives of states equal up to {@code symmetry}. */
    public Checker<S, A> symmetry(Symmetry<S> symmetry) {
        Settings<S, A> s = settings;
        return new Checker<>(new Settings<>(s.system, s.properties, s.maxStates, s.progress, s.progressEverySeconds,
                s.threads, s.storage, symmetry, s.memoryLimit, s.reduction));
    }

    /**
     * Stop, INCOMPLETE, once live data on the heap reaches this many bytes (default: 85% of the
     * maximum heap), so a search never dies of OutOfMemoryError.
     */
    public Checker<S, A> memoryLimit(long bytes) {
        Settings<S, A> s = settings;
        return new Checker<>(new Settings<>(s.system, s.properties, s.maxStates, s.progress, s.progressEverySeconds,
                s.threads, s.storage, s.symmetry, bytes, s.reduction));
    }

    /**
     * Partial-order reduction (off by default): when the system implements {@link Footprints},
     * expand in each state only the steps of processes nothing else can interfere with. Verdicts
     * of invariants, witnesses and deadlock freedom and every trace are those of the full search
     * (traces are re-derived by an unreduced search that stops once they are found); the graph and
     * the state count are the reduced ones. Leads-to is not preserved, so a check with a leads-to
     * property runs unreduced and says so in {@link Statistics#partialOrder()}.
     */
    public Checker<S, A> reduction(boolean on) {
        Settings<S, A> s = settings;
        return new Checker<>(new Settings<>(s.system, s.properties, s.maxStates, s.progress, s.progressEverySeconds,
                s.threads, s.storage, s.symmetry, s.memoryLimit, on));
    }

    /** Explores the reachable states, then judges every property on what was found. */
    public Report<S, A> check() {
        Settings<S, A> s = settings;
        boolean graph = s.storage == Storage.GRAPH;
        if (!graph && s.properties.exists(p -> p instanceof Property.LeadsTo)) {
            throw new IllegalArgumentException("leads-to is judged on the graph: use Storage.GRAPH, not fingerprints");
        }
        long start = System.nanoTime();
        String reductionStatus = reductionStatus();
        AmpleSets<S, A> ampleSets = reductionStatus.equals(PartialOrder.ON) ? ampleSets() : null;
        Search<S, A> found = search(s.properties.toJavaList(), ampleSets, false, start);
        boolean complete = found.stopped.isEmpty();

        // Under reduction the first state found may not be a shallowest one: an unreduced search finds the traces again.
        Search<S, A> traces = ampleSets != null && !found.monitor.settled().isEmpty()
                ? search(found.monitor.settled(), null, true, start) : null;
        StateGraph<S, A> explored = graph ? new StateGraph<>((GraphStore<S, A>) found.store, found.levels, found.canonical) : null;
        java.util.List<Property.LeadsTo<S, A>> liveness = new java.util.ArrayList<>();
        s.properties.forEach(p -> {
            if (p instanceof Property.LeadsTo<S, A> l) {
                liveness.add(l);
            }
        });
        java.util.List<Outcome<S, A>> judged = complete && !liveness.isEmpty() ? LeadsToSearch.judgeAll(explored, liveness) : java.util.List.of();
        List<Outcome<S, A>> outcomes = s.properties.map(p -> {
            if (p instanceof Property.LeadsTo<S, A>) {
                int k = liveness.indexOf(p);
                return complete ? judged.get(k) : new Outcome<>(p, Verdict.INCOMPLETE, io.vavr.control.Option.none());
            }
            Outcome<S, A> o = found.monitor.outcome(p, complete, found.store::pathTo);
            int first = traces == null ? -1 : traces.monitor.firstSettling(p);
            return first < 0 ? o : new Outcome<>(p, o.verdict(), io.vavr.control.Option.some(traces.store.pathTo(first)));
        });
        long n = found.store.size();
        Exploration<S, A> search = found.exploration;
        PartialOrder partialOrder = new PartialOrder(reductionStatus, search.pruned(), traces == null ? 0 : traces.store.size());
        Statistics statistics = new Statistics(n, search.transitions(), search.depth(), seconds(start), complete,
                s.threads, graph ? "graph" : "fingerprints", found.store.bytes(),
                graph ? 0 : Fingerprint.collisionProbability(n, search.transitions()), search.reductionFactor(), found.stopped,
                partialOrder);
        return new Report<>(explored, outcomes, statistics);
    }

    /** One search and what it leaves behind. */
    private record Search<S, A>(Exploration<S, A> exploration, StateStore<S, A> store, SafetyMonitor<S, A> monitor,
                                Levels levels, UnaryOperator<S> canonical, String stopped) {
    }

    private Search<S, A> search(java.util.List<Property<S, A>> properties, AmpleSets<S, A> ampleSets, boolean forTraces,
                                long start) {
        Settings<S, A> s = settings;
        boolean graph = s.storage == Storage.GRAPH;
        List<S> initial = s.system.initialStates();
        UnaryOperator<S> canonical = s.symmetry == null ? x -> x : s.symmetry::canonical;
        StateCodec<S> codec = StateCodec.like(initial.isEmpty() ? null : canonical.apply(initial.head()));
        Levels levels = new Levels();
        StateStore<S, A> store = graph ? new GraphStore<>(codec) : new FingerprintStore<>(s.system, codec, canonical);
        SafetyMonitor<S, A> monitor = new SafetyMonitor<>(properties);
        Exploration<S, A> search = new Exploration<>(s.system, codec, store, monitor, s.symmetry, levels,
                s.maxStates, s.threads, new MemoryGuard(s.memoryLimit), forTraces ? p -> { } : s.progress,
                s.progressEverySeconds, ampleSets, forTraces);
        String stopped = search.run(start);
        return new Search<>(search, store, monitor, levels, canonical, stopped);
    }

    private String reductionStatus() {
        Settings<S, A> s = settings;
        if (!s.reduction) {
            return "off";
        }
        if (!(s.system instanceof Footprints)) {
            return "off: the system declares no footprints";
        }
        if (s.properties.exists(p -> p instanceof Property.LeadsTo)) {
            return "off: leads-to is judged on the full graph";
        }
        return PartialOrder.ON;
    }

    @SuppressWarnings("unchecked")
    private AmpleSets<S, A> ampleSets() {
        Footprints<S, A> footprints = (Footprints<S, A>) settings.system;
        long visible = 0;
        for (Property<S, A> p : settings.properties) {
            if (p instanceof Property.Always || p instanceof Property.Sometimes) {
                visible |= footprints.observes(p);
            }
        }
        return new AmpleSets<>(footprints, visible);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
