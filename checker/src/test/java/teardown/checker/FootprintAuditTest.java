package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Array;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import teardown.checker.GuardedCommands.Command;
import teardown.checker.GuardedCommands.Guard;
import teardown.checker.GuardedCommands.Store;

/**
 * The audit must catch each kind of wrong declaration, and a wrong declaration must matter: the
 * reduced search it feeds can miss a violation, which is why the audit exists.
 */
class FootprintAuditTest {

    /** Process 0 counts x0 up; process 1 copies x0 into x1. They interact through x0. */
    static final GuardedCommands COPY = new GuardedCommands(2, 3, 2, List.of(
            new Command("inc", 0, 0, 1, Guard.TRUE, 0, 0, 0, 0, 1),
            new Command("inc again", 0, 1, 2, Guard.TRUE, 0, 0, 0, 0, 1),
            new Command("copy", 1, 0, 1, Guard.TRUE, 1, 0, 1, 0, 0)), Array.of(0, 0));

    /** The same system, but with some declaration replaced. */
    record Lying(GuardedCommands real, java.util.function.BiFunction<Store, Integer, Footprint> next,
                 java.util.function.BiFunction<Store, Integer, Footprint> future, int locations,
                 java.util.function.BiFunction<Store, Integer, Long> guard)
            implements TransitionSystem<Store, String>, Footprints<Store, String> {

        @Override
        public List<Store> initialStates() {
            return real.initialStates();
        }

        @Override
        public List<Transition<Store, String>> successors(Store state) {
            return real.successors(state);
        }

        @Override
        public int processes() {
            return real.processes();
        }

        @Override
        public int processOf(String step) {
            return real.processOf(step);
        }

        @Override
        public Footprint next(Store state, int process) {
            return next.apply(state, process);
        }

        @Override
        public Footprint future(Store state, int process) {
            return future.apply(state, process);
        }

        @Override
        public long observes(teardown.checker.Property<Store, String> property) {
            return real.observes(property);
        }

        Lying(GuardedCommands real, java.util.function.BiFunction<Store, Integer, Footprint> next,
              java.util.function.BiFunction<Store, Integer, Footprint> future) {
            this(real, next, future, real.locations());
        }

        Lying(GuardedCommands real, java.util.function.BiFunction<Store, Integer, Footprint> next,
              java.util.function.BiFunction<Store, Integer, Footprint> future, int locations) {
            this(real, next, future, locations, real::guard);
        }

        @Override
        public long guard(Store state, int process) {
            return guard.apply(state, process);
        }

        @Override
        public int locations() {
            return locations;
        }

        @Override
        public Object valueAt(Store state, int location) {
            return real.valueAt(state, location);
        }
    }

    /** Process 1's copy declared as reading only its own variable: x0 looks private to process 0. */
    static Lying copyReadsNothing() {
        long x1 = 1L << 1;
        long pc1 = 1L << 3;
        Footprint lie = new Footprint(x1 | pc1, x1 | pc1);
        return new Lying(COPY, (s, p) -> p == 1 ? lie : COPY.next(s, p), (s, p) -> p == 1 ? lie : COPY.future(s, p));
    }

    @Test
    void theTrueDeclarationsPass() {
        assertEquals(List.empty(), FootprintAudit.of(COPY).reachable(1_000));
    }

    @Test
    void anUndeclaredReadIsCaughtAsStepsThatDoNotCommute() {
        List<String> findings = FootprintAudit.of(copyReadsNothing()).reachable(1_000);
        assertTrue(findings.exists(f -> f.contains("do not commute")), findings.mkString("\n"));
    }

    @Test
    void anUndeclaredWriteIsCaught() {
        Lying writesNothing = new Lying(COPY, (s, p) -> p == 0 ? new Footprint(0b101, 0b100) : COPY.next(s, p), COPY::future);
        List<String> findings = FootprintAudit.of(writesNothing).reachable(1_000);
        assertTrue(findings.exists(f -> f.contains("writes locations [0]")), findings.mkString("\n"));
    }

    @Test
    void aFutureThatForgetsALaterStepIsCaught() {
        // Process 0's future declared as just its next step: after "inc", "inc again" is outside it (fine, same footprint), but the pc it reaches is not.
        Lying shortSighted = new Lying(COPY, COPY::next, (s, p) -> p == 0 ? new Footprint(0b001, 0b001) : COPY.future(s, p));
        List<String> findings = FootprintAudit.of(shortSighted).reachable(1_000);
        assertFalse(findings.isEmpty());
        assertTrue(findings.exists(f -> f.contains("is not within its future") || f.contains("may touch more than its future")),
                findings.mkString("\n"));
    }

    @Test
    void aStepThatChangesAnObservedValueWhileDeclaredInvisibleIsCaught() {
        // The property's name says it reads x1, but it reads x0.
        teardown.checker.Property<Store, String> misnamed = teardown.checker.Property.always("x1 small", s -> s.vars().get(0) < 2);
        List<String> findings = FootprintAudit.of(COPY).properties(List.of(misnamed)).reachable(1_000);
        assertTrue(findings.exists(f -> f.contains("observes but changes its value")), findings.mkString("\n"));
    }

    @Test
    void aStepOutsideEveryLocationIsCaught() {
        // Only the variables are locations: "copy" of 0 onto 0 changes nothing but process 1's counter.
        Lying blind = new Lying(COPY, COPY::next, COPY::future, 2);
        List<String> findings = FootprintAudit.of(blind).reachable(1_000);
        assertTrue(findings.exists(f -> f.contains("changes the state but no location")), findings.mkString("\n"));
    }

    /** Process 1 waits until x0 == 1, which process 0's "set" makes true. */
    static final GuardedCommands WAIT = new GuardedCommands(2, 3, 2, List.of(
            new Command("set", 0, 0, 1, Guard.TRUE, 0, 0, 0, 0, 1),
            new Command("wake", 1, 0, 1, Guard.EQUALS, 0, 1, 1, 1, 1)), Array.of(0, 0));

    @Test
    void aGuardThatForgetsWhatEnablesTheProcessIsCaught() {
        assertEquals(List.empty(), FootprintAudit.of(WAIT).reachable(1_000));
        Lying deaf = new Lying(WAIT, WAIT::next, WAIT::future, WAIT.locations(), (s, p) -> 0L);
        List<String> findings = FootprintAudit.of(deaf).reachable(1_000);
        assertTrue(findings.exists(f -> f.contains("but gives it a step")), findings.mkString("\n"));
    }

    /** With the true guard, the waiting process is left out of the set until someone can wake it, and nothing is lost. */
    @Test
    void aProcessWithoutAStepJoinsOnlyWithThoseThatCanGiveItOne() {
        teardown.checker.Property<Store, String> neverWoken = teardown.checker.Property.always("x1 != 1", s -> s.vars().get(1) != 1);
        assertEquals(Verdict.VIOLATED, Checker.of(WAIT).property(neverWoken).reduction(true).check().outcome("x1 != 1").get().verdict());
    }

    /**
     * What the audit protects against: fed the lie, the reduced search lets process 0 count to
     * the end before process 1 copies, and misses that the copy can catch x0 at 1.
     */
    @Test
    void aWrongDeclarationMakesTheReductionMissAViolation() {
        teardown.checker.Property<Store, String> notOne = teardown.checker.Property.always("x1 != 1", s -> s.vars().get(1) != 1);
        assertEquals(Verdict.VIOLATED, Checker.of(COPY).property(notOne).reduction(true).check().outcome("x1 != 1").get().verdict());
        assertEquals(Verdict.HOLDS, Checker.of(copyReadsNothing()).property(notOne).reduction(true).check().outcome("x1 != 1").get().verdict());
    }
}
