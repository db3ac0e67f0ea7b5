package teardown.diagrams;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.PropertyId;
import teardown.properties.VariantResult;

/**
 * The answer first: a few sentences, generated from the verdicts, that open the report. Which
 * variants hold everything; for each violated property how many variants break it, which values of
 * the matrix's dimensions explain them, and its shortest counterexample; what holds everywhere; and
 * what the search could not settle. Nothing here is written by hand about a particular run.
 */
final class Summary {

    private Summary() {
    }

    static String render(List<VariantResult> results, List<PropertyId> properties) {
        StringBuilder out = new StringBuilder("<section id=\"summary\">\n<h2>What this run found</h2>\n<p>")
                .append(scope(results, properties)).append("</p>\n<ul>\n");
        List<VariantResult> safe = results.filter(r -> properties.forAll(p -> applicableHolds(verdict(r, p))));
        out.append("<li class=\"safe\">").append(safe.isEmpty() ? "<b>No variant holds every property.</b>"
                : "<b>" + count(safe.size(), results.size()) + " hold every property:</b> " + variants(safe) + ".").append("</li>\n");
        for (PropertyId p : properties) {
            List<VariantResult> violating = results.filter(r -> verdict(r, p) == Verdict.VIOLATED);
            if (!violating.isEmpty()) {
                out.append("<li class=\"violated\">").append(violated(p, violating, results)).append("</li>\n");
            }
        }
        out.append(blastRadius(results));
        // A property that cannot apply to a variant (a migration's property in a detach) neither holds nor fails there.
        List<PropertyId> everywhere = properties.filter(p -> results.forAll(r -> applicableHolds(verdict(r, p)))
                && results.exists(r -> verdict(r, p) == Verdict.HOLDS));
        if (!everywhere.isEmpty()) {
            boolean someInapplicable = everywhere.exists(p -> results.exists(r -> verdict(r, p) == Verdict.INAPPLICABLE));
            out.append("<li class=\"holds\">Hold in every variant").append(someInapplicable ? " they apply to" : "").append(": ")
                    .append(everywhere.map(Summary::column).mkString(", ")).append(".</li>\n");
        }
        List<PropertyId> nowhere = properties.filter(p -> results.forAll(r -> verdict(r, p) == Verdict.INAPPLICABLE));
        if (!nowhere.isEmpty()) {
            out.append("<li class=\"inapplicable\">Apply to none of these variants: ").append(nowhere.map(p -> column(p) + " ("
                    + Html.escape(p.inapplicable(results.head().configuration()).getOrElse("")) + ")").mkString(", ")).append(".</li>\n");
        }
        int incomplete = results.map(r -> properties.count(p -> verdict(r, p) == Verdict.INCOMPLETE)).sum().intValue();
        if (incomplete > 0) {
            out.append("<li class=\"incomplete\"><b>").append(incomplete).append(" verdict(s) incomplete:</b> the search hit its state limit,"
                    + " so they are neither holds nor violations; rerun with a larger --max-states.</li>\n");
        }
        return out.append("</ul>\n</section>\n").toString();
    }

    private static boolean applicableHolds(Verdict v) {
        return v == Verdict.HOLDS || v == Verdict.INAPPLICABLE;
    }

    /**
     * With several devices or bystander guests: in how many variants one stuck xenwatch callback
     * holds up the guest's other devices or other guests, with the first as an example.
     */
    private static String blastRadius(List<VariantResult> results) {
        List<io.vavr.Tuple2<VariantResult, String>> held = results
                .filter(r -> r.configuration().devices() > 1 || r.configuration().bystanders() > 0)
                .flatMap(r -> teardown.properties.BlastRadius.of(r).map(t -> io.vavr.Tuple.of(r, t)));
        if (held.isEmpty()) {
            return "";
        }
        VariantResult r = held.head()._1;
        return "<li class=\"violated\"><b>Blast radius:</b> in " + count(held.size(), results.size())
                + " one stuck xenwatch callback holds up the guest's other devices or other guests ("
                + variants(held.map(h -> h._1)) + "). In <a href=\"" + Html.escape(VariantPage.fileName(r.configuration())) + "\">"
                + Html.escape(r.configuration().label()) + "</a>: " + Html.escape(held.head()._2) + ".</li>\n";
    }

    /** "24 variants (4 drivers × 2 toolstacks × 3 disks) against 6 properties, 2 requests outstanding at suspend." */
    private static String scope(List<VariantResult> results, List<PropertyId> properties) {
        List<String> axes = MatrixDimension.ALL.map(d -> results.map(r -> d.of(r.configuration())).distinct().size() + " " + d.id() + (d.id().endsWith("s") ? "" : "s"))
                .filter(a -> !a.startsWith("1 "));
        return "Checked " + results.size() + " variant(s)" + (axes.isEmpty() ? "" : " (" + Html.escape(axes.mkString(" × ")) + ")")
                + " against " + properties.size() + " propert" + (properties.size() == 1 ? "y" : "ies") + ", with "
                + Html.escape(results.map(r -> String.valueOf(r.configuration().requests())).distinct().mkString(" or "))
                + " request(s) outstanding at the final suspend.";
    }

    private static String violated(PropertyId p, List<VariantResult> violating, List<VariantResult> results) {
        StringBuilder s = new StringBuilder("<b>").append(column(p)).append("</b> is violated by ")
                .append(count(violating.size(), results.size()));
        explanation(violating, results).forEach(e -> s.append(": ").append(e));
        Option<VariantResult> shortest = violating.filter(r -> outcome(r, p).exists(o -> o.trace().isDefined()))
                .minBy(r -> outcome(r, p).get().trace().get().length());
        shortest.forEach(r -> {
            int length = outcome(r, p).get().trace().get().length();
            s.append("; shortest counterexample ").append(length).append(" step").append(length == 1 ? "" : "s").append(", in <a href=\"")
                    .append(Html.escape(VariantPage.fileName(r.configuration()))).append("#").append(p.id()).append("\">")
                    .append(Html.escape(r.configuration().label())).append("</a>");
        });
        return s.append(".").toString();
    }

    /**
     * The values of one dimension, or of two together, that pick out exactly the violating rows
     * ("the variants with driver stock or patched and disk hung"); when most rows violate, the few
     * that do not; else nothing.
     */
    static Option<String> explanation(List<VariantResult> violating, List<VariantResult> results) {
        if (violating.size() == results.size()) {
            return Option.some("every variant");
        }
        List<MatrixDimension> dims = MatrixDimension.ALL;
        List<List<MatrixDimension>> choices = dims.map(List::of)
                .appendAll(dims.zipWithIndex().flatMap(a -> dims.drop(a._2 + 1).map(b -> List.of(a._1, b))));
        for (List<MatrixDimension> choice : choices) {
            List<Set<String>> values = choice.map(d -> violating.map(r -> d.of(r.configuration())).toLinkedSet());
            boolean exact = results.forAll(r -> choice.zip(values).forAll(dv -> dv._2.contains(dv._1.of(r.configuration())))
                    == violating.contains(r));
            if (exact) {
                return Option.some("exactly the variants with " + choice.zip(values)
                        .map(dv -> dv._1.id() + " " + Html.escape(dv._2.mkString(" or "))).mkString(" and "));
            }
        }
        List<VariantResult> rest = results.removeAll(violating);
        return rest.size() <= 3 ? Option.some("every variant but " + variants(rest)) : Option.none();
    }

    private static String count(int n, int of) {
        return n + " of " + of + " variant" + (of == 1 ? "" : "s");
    }

    private static String variants(List<VariantResult> rs) {
        return rs.map(r -> "<a href=\"" + Html.escape(VariantPage.fileName(r.configuration())) + "\">"
                + Html.escape(r.configuration().label()) + "</a>").mkString(", ");
    }

    static String column(PropertyId p) {
        return "<a href=\"#" + IndexPage.definition(p) + "\">" + p.id() + "</a>";
    }

    static Option<Outcome<TeardownState, Step>> outcome(VariantResult r, PropertyId p) {
        return r.properties().find(o -> o.property().name().equals(p.id()));
    }

    static Verdict verdict(VariantResult r, PropertyId p) {
        return outcome(r, p).map(Outcome::verdict).getOrElse(Verdict.INCOMPLETE);
    }
}
