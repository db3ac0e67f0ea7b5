package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/**
 * Symmetry reduction on a hand-made system of two identical workers: verdicts and trace lengths
 * are the same with and without it, and the reduction factor is exactly the ratio of the counts.
 */
class SymmetryTest {

    /** Two interchangeable workers, each counting up to 4, and a shared count of finished jobs. */
    record Pair(int first, int second, int done) {
    }

    static final TransitionSystem<Pair, String> WORKERS = CheckerTest.system(List.of(new Pair(0, 0, 0)), s -> {
        List<Transition<Pair, String>> out = List.empty();
        if (s.first() < 4) {
            out = out.append(new Transition<>("work", new Pair(s.first() + 1, s.second(), s.done() + (s.first() == 3 ? 1 : 0))));
        }
        if (s.second() < 4) {
            out = out.append(new Transition<>("work", new Pair(s.first(), s.second() + 1, s.done() + (s.second() == 3 ? 1 : 0))));
        }
        if (s.first() == 2 && s.second() == 2) {
            out = out.append(new Transition<>("jam", new Pair(9, 9, s.done())));
        }
        return out;
    });

    /** Sorting the two workers; a pair of different counts stands for two states. */
    static final Symmetry<Pair> SWAP = new Symmetry<>() {
        @Override
        public Pair canonical(Pair s) {
            return s.first() <= s.second() ? s : new Pair(s.second(), s.first(), s.done());
        }

        @Override
        public long orbitSize(Pair s) {
            return s.first() == s.second() ? 1 : 2;
        }
    };

    static final List<Property<Pair, String>> PROPERTIES = List.of(
            Property.always("never both at 3", s -> !(s.first() == 3 && s.second() == 3)),
            Property.always("done counts finished workers", s -> s.done() <= 2),
            Property.sometimes("one finished, one idle", s -> s.done() == 1 && Math.min(s.first(), s.second()) == 0),
            Property.noDeadlock("only both finished ends", s -> s.done() == 2),
            Property.leadsTo("started leads to both done", s -> s.first() + s.second() > 0, s -> s.done() == 2,
                    step -> step, HashSet.of("work")));

    @Test
    void verdictsAndTraceLengthsAreUnchangedAndTheFactorIsExact() {
        for (Storage storage : List.of(Storage.GRAPH, Storage.FINGERPRINTS)) {
            List<Property<Pair, String>> props = storage == Storage.GRAPH ? PROPERTIES
                    : PROPERTIES.filter(p -> !(p instanceof Property.LeadsTo));
            Report<Pair, String> full = Checker.of(WORKERS).properties(props).storage(storage).check();
            Report<Pair, String> reduced = Checker.of(WORKERS).properties(props).storage(storage).symmetry(SWAP).check();
            assertEquals(26, full.statistics().states(), "5 x 5 counts (done follows them) plus the jam");
            assertEquals(16, reduced.statistics().states(), "15 unordered pairs plus the jam");
            assertEquals(1.0, full.statistics().reductionFactor());
            assertEquals(26.0 / 16, reduced.statistics().reductionFactor(), 1e-9);
            for (Outcome<Pair, String> o : full.outcomes()) {
                Outcome<Pair, String> r = reduced.outcome(o.property().name()).get();
                assertEquals(o.verdict(), r.verdict(), storage + ": " + o.property().name());
                assertEquals(o.trace().map(Path::length), r.trace().map(Path::length), storage + ": " + o.property().name());
            }
            assertEquals(Verdict.VIOLATED, full.outcome("never both at 3").get().verdict(), "the fixture exercises violations");
            assertEquals(Verdict.VIOLATED, full.outcome("only both finished ends").get().verdict(), "and deadlocks");
        }
    }

    @Test
    void aReducedTraceIsMadeOfRepresentatives() {
        Report<Pair, String> reduced = Checker.of(WORKERS).property(PROPERTIES.head()).symmetry(SWAP).check();
        Path<Pair, String> trace = reduced.outcome("never both at 3").get().trace().get();
        assertEquals(6, trace.length());
        assertTrue(trace.states().forAll(s -> SWAP.canonical(s).equals(s)), trace.states().toString());
        assertEquals(new Pair(3, 3, 0), trace.last());
    }
}
