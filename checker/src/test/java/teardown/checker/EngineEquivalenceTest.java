package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The storage modes and thread counts are ways of running the same search: on systems big enough
 * for several chunks to be expanded at once, they must agree on numbering, edges, statistics,
 * verdicts and every trace, step for step.
 */
class EngineEquivalenceTest {

    enum Mode { IDLE, BUSY, DONE }

    /** A state with the shapes a model has: ints, an enum, an option and a Vavr list. */
    record Machine(int a, int b, Mode mode, Option<String> note, List<Integer> log) {
    }

    /** A deterministic tangle of about 20 to 40 thousand states, with shortcuts, cycles and dead ends. */
    static TransitionSystem<Machine, String> tangle(int m) {
        return CheckerTest.system(List.of(new Machine(0, 0, Mode.IDLE, Option.none(), List.empty()),
                        new Machine(1, 2, Mode.IDLE, Option.none(), List.empty())),
                s -> {
                    if (s.mode() == Mode.DONE) {
                        return List.empty();
                    }
                    List<Transition<Machine, String>> out = List.of(
                            new Transition<>("inc", new Machine((s.a() + 1) % m, s.b(), s.mode(), s.note(), s.log())),
                            new Transition<>("mix", new Machine(s.a(), (s.b() * 3 + s.a()) % m, s.mode(), s.note(),
                                    s.log().size() < 2 ? s.log().append(s.a() % 3) : s.log().tail())));
                    if (s.a() % 5 == 0) {
                        Mode next = s.mode() == Mode.IDLE ? Mode.BUSY : Mode.IDLE;
                        out = out.append(new Transition<>("flip", new Machine(s.a(), s.b(), next, s.note(), s.log())));
                    }
                    if (s.a() == s.b() && s.note().isEmpty()) {
                        out = out.append(new Transition<>("note", new Machine(s.a(), s.b(), s.mode(), Option.some("eq"), s.log())));
                    }
                    if (s.a() == m - 1 && s.b() % 7 == 0) {
                        out = out.append(new Transition<>("stop", new Machine(s.a(), s.b(), Mode.DONE, s.note(), s.log())));
                    }
                    return out;
                });
    }

    static List<Property<Machine, String>> properties(int m) {
        return List.of(
                Property.always("a+b small", s -> s.a() + s.b() < 2 * m - 3),
                Property.always("holds", s -> s.a() < m),
                Property.sometimes("busy and noted", s -> s.mode() == Mode.BUSY && s.note().isDefined() && s.log().size() == 2),
                Property.sometimes("never", s -> s.a() > m),
                Property.noDeadlock("ends only at b=0", s -> s.b() == 0),
                Property.noDeadlock("any end", s -> true));
    }

    static Property<Machine, String> liveness() {
        return Property.leadsTo("busy leads to idle", s -> s.mode() == Mode.BUSY, s -> s.mode() == Mode.IDLE,
                step -> step, HashSet.of("inc", "flip"));
    }

    static final int M = 30;

    static Report<Machine, String> run(int m, Storage storage, int threads, long maxStates) {
        Checker<Machine, String> c = Checker.of(tangle(m)).properties(properties(m)).storage(storage)
                .threads(threads).maxStates(maxStates);
        return (storage == Storage.GRAPH ? c.property(liveness()) : c).check();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void threadsChangeNothingInTheGraph(int threads) {
        Report<Machine, String> one = run(M, Storage.GRAPH, 1, Long.MAX_VALUE);
        Report<Machine, String> many = run(M, Storage.GRAPH, threads, Long.MAX_VALUE);
        assertTrue(one.statistics().states() > 10 * 256, "big enough for parallel chunks: " + one.statistics().states());
        assertSameSearch(one, many);
        StateGraph<Machine, String> g1 = one.graph();
        StateGraph<Machine, String> g2 = many.graph();
        for (int id = 0; id < g1.size(); id++) {
            assertEquals(g1.state(id), g2.state(id), "state " + id);
            assertEquals(g1.edges(id), g2.edges(id), "edges of state " + id);
            assertEquals(g1.depth(id), g2.depth(id), "depth of state " + id);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void fingerprintsGiveTheGraphsVerdictsAndTraces(int threads) {
        Report<Machine, String> graph = run(M, Storage.GRAPH, 1, Long.MAX_VALUE);
        Report<Machine, String> prints = run(M, Storage.FINGERPRINTS, threads, Long.MAX_VALUE);
        assertEquals("fingerprints", prints.statistics().storage());
        assertTrue(prints.statistics().collisionProbability() > 0 && prints.statistics().collisionProbability() < 1e-6);
        assertSameSearch(graph, prints);
        assertTrue(prints.statistics().bytesPerState() <= 40, prints.statistics().bytesPerState() + " bytes a state");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aCutShortSearchStopsAtTheSameStateWhateverTheMode(int threads) {
        long limit = 5_000;
        Report<Machine, String> graph = run(M, Storage.GRAPH, 1, limit);
        Report<Machine, String> prints = run(M, Storage.FINGERPRINTS, threads, limit);
        Report<Machine, String> parallelGraph = run(M, Storage.GRAPH, threads, limit);
        assertEquals(limit, graph.statistics().states());
        assertEquals("state limit", graph.statistics().stopReason());
        assertSameSearch(graph, prints);
        assertSameSearch(graph, parallelGraph);
        assertEquals(Verdict.INCOMPLETE, graph.outcome("holds").get().verdict());
    }

    /** Same statistics and, for every state property both checked, the same verdict and trace. */
    static void assertSameSearch(Report<Machine, String> expected, Report<Machine, String> actual) {
        Statistics e = expected.statistics();
        Statistics a = actual.statistics();
        assertEquals(e.states(), a.states(), "states");
        assertEquals(e.transitions(), a.transitions(), "transitions");
        assertEquals(e.depth(), a.depth(), "depth");
        assertEquals(e.complete(), a.complete(), "complete");
        for (Outcome<Machine, String> o : actual.outcomes()) {
            Outcome<Machine, String> x = expected.outcome(o.property().name()).get();
            assertEquals(x.verdict(), o.verdict(), o.property().name());
            assertEquals(x.trace(), o.trace(), o.property().name() + ": trace");
        }
    }
}
