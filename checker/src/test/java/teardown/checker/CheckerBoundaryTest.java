package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The edges of the checker's contract, black-box through {@code Checker.of(...).check()}: a
 * violation in an initial state, the smallest state limits, duplicate initial states, progress
 * reports and the statistics, so a boundary slip in any engine shows here.
 */
class CheckerBoundaryTest {

    private static final TransitionSystem<Integer, String> LINE = CheckerTest.system(List.of(0),
            s -> s < 3 ? List.of(new Transition<>("next", s + 1)) : List.empty());

    @Test
    void aViolationInAnInitialStateIsReportedWithAnEmptyTrace() {
        Report<Integer, String> r = Checker.of(LINE)
                .property(Property.always("never 0", s -> s != 0))
                .property(Property.noDeadlock("no end", s -> false))
                .property(Property.sometimes("reach 0", s -> s == 0))
                .check();
        Outcome<Integer, String> always = r.outcome("never 0").get();
        assertEquals(Verdict.VIOLATED, always.verdict());
        assertEquals(0, always.trace().get().length());
        assertEquals(0, always.trace().get().last());
        Outcome<Integer, String> sometimes = r.outcome("reach 0").get();
        assertEquals(Verdict.HOLDS, sometimes.verdict());
        assertEquals(0, sometimes.trace().get().length());
        // A system that is stuck from the start deadlocks in its initial state.
        Outcome<Integer, String> stuck = Checker.of(CheckerTest.<Integer, String>system(List.of(7), s -> List.empty()))
                .property(Property.noDeadlock("no end", s -> false)).check().outcome("no end").get();
        assertEquals(Verdict.VIOLATED, stuck.verdict());
        assertEquals(List.of(7), stuck.trace().get().states());
    }

    @Test
    void aLeadsToViolationThroughAnotherComponentIsFound() {
        // 0 -> 1, and 1 is a dead end: the trigger holds only at 0, the bad place is the first component emitted.
        Outcome<Integer, String> o = Checker.of(CheckerTest.<Integer, String>system(List.of(0),
                        s -> s == 0 ? List.of(new Transition<>("p", 1)) : List.empty()))
                .property(Property.leadsTo("0 leads to 2", s -> s == 0, s -> s == 2, step -> step, HashSet.of("p")))
                .check().outcome("0 leads to 2").get();
        assertEquals(Verdict.VIOLATED, o.verdict());
        assertEquals(List.of(0, 1), o.trace().get().states());
    }

    @Test
    void aLeadsToViolationInTheLastComponentTarjanEmits() {
        // 0 -> 1 -> 2 -> 2: every state is waiting and triggered; the fair self-loop at 2 never responds.
        Outcome<Integer, String> o = Checker.of(CheckerTest.<Integer, String>system(List.of(0),
                        s -> List.of(new Transition<>("inc", Math.min(s + 1, 2)))))
                .property(Property.leadsTo("never", s -> true, s -> false, step -> step, HashSet.of("inc")))
                .check().outcome("never").get();
        assertEquals(Verdict.VIOLATED, o.verdict());
        assertEquals(Option.some(2), o.trace().get().cycleStart());
        assertEquals(List.of(0, 1, 2, 2), o.trace().get().states());
    }

    @Test
    void duplicateInitialStatesAreOneStateExpandedOnce() {
        Report<Integer, String> r = Checker.of(CheckerTest.<Integer, String>system(List.of(2, 2, 0),
                s -> s < 3 ? List.of(new Transition<>("inc", s + 1)) : List.empty())).check();
        assertEquals(4, r.statistics().states());
        assertEquals(3, r.statistics().transitions(), "2->3, 0->1, 1->2: the duplicate 2 is expanded once");
        assertEquals(2, r.graph().initialCount());
    }

    @Test
    void theStateLimitCountsInitialStatesToo() {
        TransitionSystem<Integer, String> three = CheckerTest.system(List.of(0, 1, 2), s -> List.empty());
        Report<Integer, String> cut = Checker.of(three).property(Property.always("any", s -> true)).maxStates(2).check();
        assertEquals(2, cut.statistics().states());
        assertFalse(cut.statistics().complete());
        assertEquals(Verdict.INCOMPLETE, cut.outcome("any").get().verdict());
        Report<Integer, String> whole = Checker.of(three).property(Property.always("any", s -> true)).maxStates(3).check();
        assertTrue(whole.statistics().complete());
        assertEquals(Verdict.HOLDS, whole.outcome("any").get().verdict());
    }

    @Test
    void aLimitOfOneStateIsAllowedAndZeroIsNot() {
        Report<Integer, String> r = Checker.of(LINE).maxStates(1).check();
        assertEquals(1, r.statistics().states());
        assertFalse(r.statistics().complete());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checker.of(LINE).maxStates(0));
        assertTrue(e.getMessage().contains("0"), e.getMessage());
    }

    @Test
    void propertiesCanBeAddedTogether() {
        Report<Integer, String> r = Checker.of(LINE)
                .properties(List.of(Property.always("small", s -> s < 4), Property.always("tiny", s -> s < 2)))
                .check();
        assertEquals(List.of("small", "tiny"), r.outcomes().map(o -> o.property().name()));
        assertEquals(List.of(Verdict.HOLDS, Verdict.VIOLATED), r.outcomes().map(Outcome::verdict));
        assertTrue(r.outcome("absent").isEmpty());
    }

    @Test
    void progressIsReportedAsOftenAsAskedAndNoMore() {
        AtomicInteger never = new AtomicInteger();
        Checker.of(CheckerTest.counter(50_000)).onProgress(p -> never.incrementAndGet(), 1e6).check();
        // At most one (an engine may report once at the end); a slip in the interval would report every millisecond.
        assertTrue(never.get() <= 1, "reports within a million seconds: " + never.get());
        // Every millisecond is far fewer reports than states: a slip in the interval would report at every state.
        AtomicInteger often = new AtomicInteger();
        Report<Integer, String> timed = Checker.of(CheckerTest.counter(50_000)).onProgress(p -> often.incrementAndGet(), 1e-3).check();
        assertTrue(often.get() < timed.statistics().states() / 4, "reports: " + often.get());
        java.util.List<Progress> reports = new java.util.ArrayList<>();
        Report<Integer, String> r = Checker.of(CheckerTest.counter(50_000)).onProgress(reports::add, 0).check();
        assertFalse(reports.isEmpty(), "a report whenever asked");
        Progress last = reports.get(reports.size() - 1);
        assertTrue(last.states() > 0 && last.states() <= r.statistics().states());
        assertTrue(last.transitions() <= r.statistics().transitions());
        assertTrue(last.seconds() >= 0);
    }

    @Test
    void theStatisticsMeasureTheSearch() {
        Report<Integer, String> r = Checker.of(CheckerTest.counter(50_000)).check();
        assertTrue(r.statistics().seconds() > 0 && r.statistics().seconds() < 600, "seconds: " + r.statistics().seconds());
        assertEquals(50_000, r.statistics().states());
        assertEquals(49_999, r.statistics().depth());
    }

    @Test
    void smallValuesRenderAndNameThemselves() {
        assertEquals("null", StateDiff.render(null));
        assertEquals("none", StateDiff.render(Option.none()));
        assertEquals("(1, a)", StateDiff.render(io.vavr.Tuple.of(1, "a")));
        assertEquals("holds", Verdict.HOLDS.id());
        assertEquals("incomplete", Verdict.INCOMPLETE.id());
        Path<Integer, String> lasso = Path.of(0, List.of(new Transition<>("a", 1), new Transition<>("b", 0))).withCycleStart(1);
        assertEquals(Option.some(1), lasso.cycleStart());
        assertEquals(List.of(0, 1, 0), lasso.states());
        assertEquals(0, lasso.last());
        assertEquals(Option.none(), Path.of(5, List.<Transition<Integer, String>>empty()).cycleStart());
        assertEquals(5, Path.of(5, List.<Transition<Integer, String>>empty()).last());
    }
}
