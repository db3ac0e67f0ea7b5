package teardown.properties;

import io.vavr.collection.List;
import teardown.checker.Verdict;

/**
 * One word for a variant's safety, as a design review weighs it against its cost: safe when
 * every safety property that was checked holds, unsafe when one is violated (listed), incomplete
 * when a search was cut short before it could tell. Liveness verdicts are left out on purpose:
 * a hang is what the blackout figures show as "never".
 */
public record SafetyVerdict(boolean safe, boolean incomplete, List<String> violated) {

    public static SafetyVerdict of(VariantResult r) {
        List<String> safetyIds = PropertyId.safety().map(PropertyId::id);
        var checked = r.properties().filter(o -> safetyIds.contains(o.property().name()));
        List<String> violated = checked.filter(o -> o.verdict() == Verdict.VIOLATED).map(o -> o.property().name());
        boolean incomplete = checked.exists(o -> o.verdict() == Verdict.INCOMPLETE);
        return new SafetyVerdict(violated.isEmpty() && !incomplete, incomplete && violated.isEmpty(), violated);
    }

    /** "safe", "unsafe: a, b" or "incomplete". */
    public String summary() {
        return !violated.isEmpty() ? "unsafe: " + violated.mkString(", ") : incomplete ? "incomplete" : "safe";
    }
}
