package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Array;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import teardown.checker.GuardedCommands.Command;
import teardown.checker.GuardedCommands.Guard;
import teardown.checker.GuardedCommands.Store;

/**
 * Partial-order reduction on generic guarded-command systems: the reduced search must reach the
 * same verdicts with the same (shortest) traces as the full one, on both stores, while storing no
 * more states; the cycle proviso must keep a looping process from hiding another's step for ever.
 */
class PartialOrderTest {

    @Property(tries = 200)
    void reductionChangesNoVerdictAndNoTrace(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        GuardedCommands system = GuardedCommands.random(seed);
        List<teardown.checker.Property<Store, String>> properties = system.properties(seed);
        for (Storage storage : Storage.values()) {
            Report<Store, String> full = Checker.of(system).properties(properties).storage(storage).check();
            Report<Store, String> reduced = Checker.of(system).properties(properties).storage(storage).reduction(true).check();
            assertEquals(PartialOrder.ON, reduced.statistics().partialOrder().status());
            assertTrue(reduced.statistics().states() <= full.statistics().states(), "seed " + seed);
            assertEquals(full.outcomes(), reduced.outcomes(), "seed " + seed + ", " + storage);
            net.jqwik.api.statistics.Statistics.collect(storage,
                    reduced.statistics().states() < full.statistics().states() ? "reduced" : "not reduced");
        }
    }

    @Property(tries = 100)
    void exactFootprintsPassTheAudit(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        GuardedCommands system = GuardedCommands.random(seed);
        assertEquals(List.empty(), FootprintAudit.of(system).properties(system.properties(seed)).reachable(100_000), "seed " + seed);
    }

    /** Over a fixed sample of random systems, the states the reduction saved (printed for the record). */
    @Test
    void reductionFactorOverRandomSystems() {
        long full = 0;
        long reduced = 0;
        for (long seed = 0; seed < 200; seed++) {
            GuardedCommands system = GuardedCommands.random(seed);
            List<teardown.checker.Property<Store, String>> deadlock = List.of(teardown.checker.Property.noDeadlock("no deadlock", s -> false));
            full += Checker.of(system).properties(deadlock).check().statistics().states();
            reduced += Checker.of(system).properties(deadlock).reduction(true).check().statistics().states();
        }
        System.out.printf("partial-order reduction over 200 random guarded-command systems (deadlock only): %,d states -> %,d, factor %.2f%n",
                full, reduced, (double) full / reduced);
        assertTrue(reduced < full, full + " -> " + reduced);
    }

    /** Three processes counting their own variable to 4: 5^3 interleaved states, one line of 13 once reduced. */
    @Test
    void independentCountersReduceToOneInterleaving() {
        GuardedCommands counters = counters(3, 4);
        Report<Store, String> full = Checker.of(counters).check();
        Report<Store, String> reduced = Checker.of(counters).reduction(true).check();
        assertEquals(125, full.statistics().states());
        assertEquals(13, reduced.statistics().states());
        assertEquals(full.statistics().states() - reduced.statistics().states() > 0, reduced.statistics().partialOrder().prunedTransitions() > 0);
    }

    @Test
    void theReductionRunsTheSameOnSeveralThreads() {
        for (long seed = 0; seed < 40; seed++) {
            GuardedCommands system = GuardedCommands.random(seed);
            List<teardown.checker.Property<Store, String>> properties = system.properties(seed);
            Report<Store, String> one = Checker.of(system).properties(properties).reduction(true).check();
            Report<Store, String> two = Checker.of(system).properties(properties).reduction(true).threads(2).check();
            assertEquals(one.statistics().states(), two.statistics().states());
            assertEquals(one.statistics().transitions(), two.statistics().transitions());
            assertEquals(one.outcomes(), two.outcomes());
        }
        Report<Store, String> one = Checker.of(counters(5, 5)).reduction(true).check();
        Report<Store, String> two = Checker.of(counters(5, 5)).reduction(true).threads(2).check();
        assertEquals(one.statistics().states(), two.statistics().states());
    }

    /**
     * Process 0 flips x0 for ever; process 1 sets x1 once. Without the cycle proviso the search
     * would go round process 0's loop and never take process 1's step.
     */
    @Test
    void theCycleProvisoKeepsALoopFromHidingAStep() {
        GuardedCommands loop = new GuardedCommands(2, 2, 2, List.of(
                new Command("flip", 0, 0, 0, Guard.TRUE, 0, 0, 0, 0, 1),
                new Command("set", 1, 0, 1, Guard.TRUE, 1, 0, 1, 1, 1)), Array.of(0, 0));
        teardown.checker.Property<Store, String> never = teardown.checker.Property.always("x1 stays 0", s -> s.vars().get(1) == 0);
        for (Storage storage : Storage.values()) {
            Report<Store, String> reduced = Checker.of(loop).property(never).storage(storage).reduction(true).check();
            assertEquals(Verdict.VIOLATED, reduced.outcome("x1 stays 0").get().verdict(), storage.toString());
            assertEquals(1, reduced.outcome("x1 stays 0").get().trace().get().length());
        }
    }

    /** A witness found deep in the reduced graph is reported with the full graph's shortest trace. */
    @Test
    void tracesAreTheFullSearchesShortestOnes() {
        GuardedCommands counters = counters(3, 4);
        teardown.checker.Property<Store, String> witness = teardown.checker.Property.sometimes("x2 == 2", s -> s.vars().get(2) == 2);
        Report<Store, String> full = Checker.of(counters).property(witness).check();
        Report<Store, String> reduced = Checker.of(counters).property(witness).reduction(true).check();
        assertEquals(2, reduced.outcome("x2 == 2").get().trace().get().length());
        assertEquals(full.outcomes(), reduced.outcomes());
        assertTrue(reduced.statistics().partialOrder().traceStates() > 0);
    }

    @Test
    void leadsToSwitchesTheReductionOffAndSaysWhy() {
        GuardedCommands counters = counters(2, 2);
        Report<Store, String> r = Checker.of(counters).reduction(true)
                .property(teardown.checker.Property.leadsTo("x0 grows", s -> s.vars().get(0) == 0, s -> s.vars().get(0) == 2,
                        counters::processOf, HashSet.of(0, 1)))
                .check();
        assertFalse(r.statistics().partialOrder().on());
        assertTrue(r.statistics().partialOrder().status().contains("leads-to"), r.statistics().partialOrder().status());
        assertEquals(9, r.statistics().states());
    }

    @Test
    void aSystemWithoutFootprintsIsSearchedInFull() {
        TransitionSystem<Integer, String> plain = CheckerTest.system(List.of(0), s -> s < 3 ? List.of(new Transition<>("inc", s + 1)) : List.empty());
        Report<Integer, String> r = Checker.of(plain).reduction(true).check();
        assertEquals("off: the system declares no footprints", r.statistics().partialOrder().status());
        assertEquals("off", Checker.of(plain).check().statistics().partialOrder().status());
    }

    /** {@code processes} processes, each adding 1 to its own variable {@code upTo} times. */
    static GuardedCommands counters(int processes, int upTo) {
        List<Command> commands = List.empty();
        for (int p = 0; p < processes; p++) {
            for (int pc = 0; pc < upTo; pc++) {
                commands = commands.append(new Command("p" + p + "+" + pc, p, pc, pc + 1, Guard.TRUE, p, 0, p, p, 1));
            }
        }
        return new GuardedCommands(processes, upTo + 1, processes, commands, Array.fill(processes, () -> 0));
    }
}
