package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The explorer and the three state properties, on small systems whose answers are known by hand. */
class CheckerTest {

    /** A system given by its initial states and a successor function. */
    static <S, A> TransitionSystem<S, A> system(List<S> init, Function<S, List<Transition<S, A>>> next) {
        return new TransitionSystem<>() {
            @Override
            public List<S> initialStates() {
                return init;
            }

            @Override
            public List<Transition<S, A>> successors(S state) {
                return next.apply(state);
            }
        };
    }

    /** 0 -> 1 -> ... -> n-1 -> 0: n states, n transitions, depth n-1. */
    static TransitionSystem<Integer, String> counter(int n) {
        return system(List.of(0), s -> List.of(new Transition<>("inc", (s + 1) % n)));
    }

    /** From x go to x+1 or 2x, up to a bound: a small branching system with shortcuts. */
    static TransitionSystem<Integer, String> doubling(int bound) {
        return system(List.of(1), s -> List.of(new Transition<>("inc", s + 1), new Transition<>("dbl", 2 * s))
                .filter(t -> t.target() <= bound));
    }

    @Test
    void counterModuloNHasExactStatistics() {
        Report<Integer, String> r = Checker.of(counter(7)).check();
        assertEquals(7, r.statistics().states());
        assertEquals(7, r.statistics().transitions());
        assertEquals(6, r.statistics().depth());
        assertTrue(r.statistics().complete());
        assertEquals(1, r.graph().initialCount());
        assertEquals(7, r.graph().size());
    }

    @Test
    void alwaysViolationIsAShortestPath() {
        // 1 -> 2 -> 4 -> 8 -> 16 -> 17 is the shortest way to 17 (5 steps); 16 increments also reach it.
        // From 1 both steps lead to 2; "inc" is listed first, so the search records it.
        Report<Integer, String> r = Checker.of(doubling(40))
                .property(Property.always("not 17", s -> s != 17))
                .check();
        Outcome<Integer, String> o = r.outcome("not 17").get();
        assertEquals(Verdict.VIOLATED, o.verdict());
        Path<Integer, String> path = o.trace().get();
        assertEquals(5, path.length());
        assertEquals(17, path.last());
        assertEquals(List.of(1, 2, 4, 8, 16, 17), path.states());
        assertEquals(List.of("inc", "dbl", "dbl", "dbl", "inc"), path.steps().map(Transition::step));
    }

    @Test
    void alwaysThatHoldsHasNoTrace() {
        Report<Integer, String> r = Checker.of(counter(5))
                .property(Property.always("small", s -> s < 5))
                .check();
        Outcome<Integer, String> o = r.outcome("small").get();
        assertEquals(Verdict.HOLDS, o.verdict());
        assertTrue(o.trace().isEmpty());
    }

    @Test
    void sometimesReachedGivesAnExample() {
        Report<Integer, String> r = Checker.of(counter(10))
                .property(Property.sometimes("reach 6", s -> s == 6))
                .check();
        Outcome<Integer, String> o = r.outcome("reach 6").get();
        assertEquals(Verdict.HOLDS, o.verdict());
        assertEquals(6, o.trace().get().length());
        assertEquals(6, o.trace().get().last());
    }

    @Test
    void sometimesUnreachedIsViolated() {
        Report<Integer, String> r = Checker.of(counter(10))
                .property(Property.sometimes("reach 10", s -> s == 10))
                .check();
        Outcome<Integer, String> o = r.outcome("reach 10").get();
        assertEquals(Verdict.VIOLATED, o.verdict());
        assertTrue(o.trace().isEmpty());
    }

    @Test
    void stuckNonFinalStateIsADeadlock() {
        // 0 -> 1 -> 2 (final) and 0 -> 3 (stuck, not final).
        TransitionSystem<Integer, String> sys = system(List.of(0), s -> {
            if (s == 0) {
                return List.of(new Transition<>("a", 1), new Transition<>("b", 3));
            }
            return s == 1 ? List.of(new Transition<>("c", 2)) : List.empty();
        });
        Report<Integer, String> r = Checker.of(sys)
                .property(Property.noDeadlock("only 2 ends", s -> s == 2))
                .check();
        Outcome<Integer, String> o = r.outcome("only 2 ends").get();
        assertEquals(Verdict.VIOLATED, o.verdict());
        assertEquals(List.of(0, 3), o.trace().get().states());
    }

    @Test
    void legitimateTerminalStateIsNoDeadlock() {
        TransitionSystem<Integer, String> sys = system(List.of(0),
                s -> s < 4 ? List.of(new Transition<>("a", s + 1)) : List.empty());
        Report<Integer, String> r = Checker.of(sys)
                .property(Property.noDeadlock("4 ends", s -> s == 4))
                .property(Property.noDeadlock("nothing ends", s -> false))
                .check();
        assertEquals(Verdict.HOLDS, r.outcome("4 ends").get().verdict());
        assertEquals(Verdict.VIOLATED, r.outcome("nothing ends").get().verdict());
        assertEquals(4, r.outcome("nothing ends").get().trace().get().length());
    }

    @Test
    void aViolationFoundByAnExpansionTheLimitCutShortStillHasItsTrace() {
        // 0 has three successors; the limit of 3 keeps 1 and 2 but not 3, so 0 stays unexpanded.
        TransitionSystem<Integer, String> sys = system(List.of(0), s -> s == 0
                ? List.of(new Transition<>("a", 1), new Transition<>("b", 2), new Transition<>("c", 3))
                : List.empty());
        Report<Integer, String> r = Checker.of(sys)
                .property(Property.always("never 2", s -> s != 2))
                .maxStates(3)
                .check();
        assertFalse(r.statistics().complete());
        Outcome<Integer, String> o = r.outcome("never 2").get();
        assertEquals(Verdict.VIOLATED, o.verdict());
        assertEquals(List.of(0, 2), o.trace().get().states());
    }

    @Test
    void stateLimitMakesHoldingPropertiesIncomplete() {
        Report<Integer, String> r = Checker.of(counter(100))
                .property(Property.always("holds", s -> s < 100))
                .property(Property.always("violated early", s -> s < 5))
                .property(Property.sometimes("out of reach", s -> s == 50))
                .property(Property.noDeadlock("no deadlock", s -> false))
                .maxStates(10)
                .check();
        assertFalse(r.statistics().complete());
        assertEquals(10, r.statistics().states());
        assertEquals(Verdict.INCOMPLETE, r.outcome("holds").get().verdict());
        assertEquals(Verdict.VIOLATED, r.outcome("violated early").get().verdict());
        assertEquals(5, r.outcome("violated early").get().trace().get().length());
        assertEquals(Verdict.INCOMPLETE, r.outcome("out of reach").get().verdict());
        assertEquals(Verdict.INCOMPLETE, r.outcome("no deadlock").get().verdict());
    }

    @Test
    void stateLimitEqualToTheStateCountIsComplete() {
        Report<Integer, String> r = Checker.of(counter(10))
                .property(Property.always("holds", s -> s < 10))
                .maxStates(10)
                .check();
        assertTrue(r.statistics().complete());
        assertEquals(Verdict.HOLDS, r.outcome("holds").get().verdict());
    }

    @Test
    void aViolationInAnInitialStateIsViolatedInEveryStorageMode() {
        for (Storage storage : Storage.values()) {
            for (long limit : List.of(1L, Long.MAX_VALUE)) {
                Report<Integer, String> r = Checker.of(counter(5)).storage(storage).maxStates(limit)
                        .property(Property.always("not 0", s -> s != 0))
                        .property(Property.sometimes("0", s -> s == 0))
                        .check();
                assertEquals(Verdict.VIOLATED, r.outcome("not 0").get().verdict(), storage + " " + limit);
                assertEquals(0, r.outcome("not 0").get().trace().get().length());
                assertEquals(Verdict.HOLDS, r.outcome("0").get().verdict(), storage + " " + limit);
            }
        }
    }
}
