package teardown.cli;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import teardown.diagrams.MatrixDimension;
import teardown.diagrams.UnreachedWitnesses;
import teardown.model.Configuration;
import teardown.properties.VariantResult;

/**
 * The witnesses a run did not reach: by default one line per witness and reason, naming the
 * variants it covers and whether that is expected (a finding, or the design) or suspicious (no
 * known reason: the model may have lost a path); with {@code --witnesses}, every variant.
 */
final class WitnessText {

    private WitnessText() {
    }

    static String render(List<VariantResult> settled, boolean everyVariant) {
        List<UnreachedWitnesses.Gap> gaps = UnreachedWitnesses.of(settled);
        if (gaps.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nWitnesses not reached (windows the model never enters"
                + (everyVariant ? "" : "; --witnesses lists every variant") + "):\n");
        if (everyVariant) {
            gaps.forEach(g -> out.append(Wrap.text(g.result().configuration().label() + ": " + g.witness().id() + " " + status(g.undecided(),
                    g.expected()) + g.reason().map(r -> ": " + r.why()).getOrElse(""), "  ", "      ")));
            return out.toString();
        }
        List<Configuration> all = settled.map(VariantResult::configuration);
        for (UnreachedWitnesses.Group g : UnreachedWitnesses.grouped(settled)) {
            String why = g.reason().map(UnreachedWitnesses.Reason::why).getOrElse(g.undecided()
                    ? "the search was cut short before it got there; rerun with a larger --max-states"
                    : "no known reason: the model may have lost a path, and the verdicts that need this window say little");
            out.append(Wrap.text(g.witness().id() + " in " + cover(g.variants(), all) + ": " + why,
                    String.format("  %-11s", label(g)), " ".repeat(13)));
        }
        return out.toString();
    }

    private static String label(UnreachedWitnesses.Group g) {
        return g.undecided() ? "undecided" : g.reason().isDefined() ? "expected" : "SUSPICIOUS";
    }

    private static String status(boolean undecided, boolean expected) {
        return undecided ? "not reached before the state limit" : expected ? "never reached (expected)" : "NEVER REACHED (suspicious)";
    }

    /**
     * Which variants a group covers, in a few words: the values of the matrix's dimensions they
     * narrow to, and how many of the variants with those values they are ("14 of the 18 variants
     * with toolstack xendpatched"); a single variant by its label.
     */
    static String cover(List<Configuration> group, List<Configuration> all) {
        if (group.size() == 1) {
            return group.head().label();
        }
        List<MatrixDimension> narrowing = MatrixDimension.ALL.filter(d -> values(group, d).size() < values(all, d).size());
        List<Configuration> box = all.filter(c -> narrowing.forAll(d -> values(group, d).contains(d.of(c))));
        String with = narrowing.map(d -> d.id() + " " + values(group, d).mkString(" or ")).mkString(", ");
        if (narrowing.isEmpty()) {
            return group.size() == all.size() ? "every variant" : group.size() + " of the " + all.size() + " variants";
        }
        return (group.size() == box.size() ? "the " + box.size() : group.size() + " of the " + box.size()) + " variants with " + with;
    }

    private static Set<String> values(List<Configuration> configs, MatrixDimension d) {
        return configs.map(d::of).toLinkedSet();
    }
}
