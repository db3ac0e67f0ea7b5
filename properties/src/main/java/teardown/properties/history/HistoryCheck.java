package teardown.properties.history;

import io.vavr.collection.List;
import io.vavr.control.Option;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;

/**
 * A history case checked: the case's property before and after its fix. It is reproduced when the
 * property is violated before the fix, with a trace, and holds after it.
 */
public record HistoryCheck(HistoryCase historyCase, VariantResult before, VariantResult after) {

    public static HistoryCheck of(HistoryCase c, long maxStates) {
        return new HistoryCheck(c, VariantCheck.run(c.before(), List.of(c.property()), maxStates, p -> { }).withoutGraph(),
                VariantCheck.run(c.after(), List.of(c.property()), maxStates, p -> { }).withoutGraph());
    }

    public Outcome<TeardownState, Step> beforeOutcome() {
        return before.properties().head();
    }

    public Outcome<TeardownState, Step> afterOutcome() {
        return after.properties().head();
    }

    public boolean reproduced() {
        return historyCase.whyNot().isEmpty() && beforeOutcome().verdict() == Verdict.VIOLATED && beforeOutcome().trace().isDefined()
                && afterOutcome().verdict() == Verdict.HOLDS;
    }

    /**
     * A verdict as the history's table shows it, in the terminal and in the report: the verdict, then
     * the counterexample's length in steps when it has one ("violated (10)").
     */
    public static String verdictWithSteps(Outcome<?, ?> o) {
        return o.verdict().id() + o.trace().map(t -> " (" + t.length() + ")").getOrElse("");
    }

    /** Why the case is not reproduced, in one line, or none when it is. */
    public Option<String> whyNot() {
        if (historyCase.whyNot().isDefined()) {
            return historyCase.whyNot();
        }
        if (reproduced()) {
            return Option.none();
        }
        return Option.some("before the fix " + historyCase.property().id() + " " + beforeOutcome().verdict().id()
                + ", after it " + afterOutcome().verdict().id());
    }
}
