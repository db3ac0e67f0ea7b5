package teardown.properties.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import net.jqwik.api.Example;
import teardown.model.Configuration;
import teardown.properties.PropertyId;

/**
 * The fuzz command's search and shrinker on every variant: it never reports a violation the
 * pinned table rules out, it misses only the violations pinned here, and each shrunk result still violates, is never
 * shorter than the checker's shortest counterexample (which would mean one of them is wrong) and
 * is 1-minimal: dropping any single choice loses the violation.
 */
class ScheduleShrinkerTest {

    @Example
    void shrunkSchedulesAreRealOneMinimalAndNoShorterThanTheCheckersShortest() {
        List<String> longer = List.empty();
        List<String> missed = List.empty();
        for (Configuration c : Interleavings.variants()) {
            List<Finding> findings = RandomSearch.search(c, PropertyId.safety(), 500, 7, RandomSearch.defaultMaxSteps(c));
            for (Finding f : findings) {
                Expectation e = Expectation.of(c, f.property());
                // Soundness is strict; power is not: uniform search may miss a narrow window in 500 tries.
                assertTrue(e.violated() || !f.violated(), c.label() + " " + f.property().id() + ": a violation the checker rules out");
                if (!f.violated()) {
                    missed = missed.appendAll(e.violated() ? List.of(c.label() + " " + f.property().id()) : List.empty());
                    continue;
                }
                Interleaving shrunk = f.shrunk().get();
                int length = f.counterexample().get().length();
                assertTrue(length >= e.shortest(), c.label() + " " + f.property().id() + ": shorter than the checker's shortest");
                assertEquals(length, shrunk.played().length(), "the shrunk schedule stops at the violation");
                for (int i = 0; i < shrunk.played().length(); i++) {
                    Schedule without = shrunk.played().withChoices(shrunk.played().choices().removeAt(i));
                    assertTrue(ScheduleProperty.violation(f.property(), c, ScheduleRunner.play(c, without)).isEmpty(),
                            c.label() + " " + f.property().id() + ": choice " + i + " can be dropped");
                }
                // ddmin is 1-minimal, not minimum; on these variants it never more than doubles the shortest.
                assertTrue(length <= 2 * e.shortest(), c.label() + " " + f.property().id() + ": shrunk to " + length
                        + " steps, more than twice the shortest " + e.shortest());
                if (length > e.shortest()) {
                    longer = longer.append(c.label() + " " + f.property().id() + ": " + length + " vs " + e.shortest());
                }
            }
        }
        // The search is deterministic for its seed, so its power is pinned too: a generator that finds less (or more)
        // shows up here. Only upstream's unleash on a healthy disk behind xend 3.1 or xenopsd-classic (11 steps, behind
        // a narrow completion window), and the lost update that follows it, escape 500 uniform tries.
        assertEquals(List.of("upstream/xend31/healthy no-unleash-before-io-done", "upstream/xend31/healthy no-lost-update",
                "upstream/xenopsd-classic/healthy no-unleash-before-io-done", "upstream/xenopsd-classic/healthy no-lost-update"), missed,
                "violations uniform random search missed in 500 tries (seed 7)");
        // ddmin gives a 1-minimal schedule, not a minimum one: the post's xend's unleash shrinks to 7 steps, not 4.
        assertTrue(longer.size() <= 27, "ddmin-shrunk schedules longer than the checker's shortest:\n  " + longer.mkString("\n  "));
    }
}
