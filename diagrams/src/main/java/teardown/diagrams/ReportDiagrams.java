package teardown.diagrams;

import io.vavr.collection.List;
import teardown.checker.Outcome;
import teardown.checker.Property;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Driver;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.VariantResult;

/**
 * Every diagram of a report, and where each one lives in the report folder: per variant its
 * actors' state machines, its state graph and a sequence diagram per violation; and for every
 * toolstack, disk and hazard set checked with both vendor drivers, unpatched beside patched.
 */
public final class ReportDiagrams {

    public static final String DIR = "diagrams";

    private ReportDiagrams() {
    }

    public static List<Diagram> of(List<VariantResult> results) {
        return results.flatMap(ReportDiagrams::ofVariant).appendAll(comparisons(results));
    }

    public static List<Diagram> ofVariant(VariantResult r) {
        Configuration c = r.configuration();
        List<Diagram> actors = List.of(ActorView.values()).map(v -> ProjectionDiagram.single(actorName(c, v),
                c.label() + ": " + v.id(), ActorProjection.of(r.graph(), v)));
        Diagram states = StateGraphDiagram.of(statesName(c), c.label() + ": reachable states", r.graph(), Violations.of(r));
        return actors.append(states).appendAll(violations(r).map(o -> sequence(c, o)));
    }

    public static Diagram sequence(Configuration c, Outcome<TeardownState, Step> o) {
        var path = o.trace().get();
        boolean liveness = o.property() instanceof Property.LeadsTo;
        String kind = path.cycleStart().isDefined() ? "lasso" : liveness ? "stuck for ever" : "shortest counterexample";
        return SequenceDiagram.of(sequenceName(c, o.property().name()),
                c.label() + " violates " + o.property().name() + " (" + kind + ", " + path.length() + " steps)",
                path, liveness);
    }

    /** The violated properties that come with a trace to draw. */
    public static List<Outcome<TeardownState, Step>> violations(VariantResult r) {
        return r.properties().filter(o -> o.verdict() == Verdict.VIOLATED && o.trace().isDefined());
    }

    /** Unpatched beside patched, for each toolstack, disk and hazard set where both were checked. */
    public static List<Diagram> comparisons(List<VariantResult> results) {
        return results.filter(r -> r.configuration().driver() == Driver.UNPATCHED).flatMap(u -> results
                .find(p -> p.configuration().equals(new Configuration(Driver.PATCHED, u.configuration().xend(),
                        u.configuration().disk(), u.configuration().requests(), u.configuration().hazards())))
                .map(p -> List.of(ActorView.values()).map(v -> ProjectionDiagram.sideBySide(
                        comparisonName(u.configuration(), v),
                        v.id() + " with " + rest(u.configuration()) + ": unpatched vs patched",
                        "unpatched", ActorProjection.of(u.graph(), v), "patched", ActorProjection.of(p.graph(), v))))
                .getOrElse(List.empty()));
    }

    /** A file-name-safe form of the variant label: "unpatched-xend31-healthy". */
    public static String slug(Configuration c) {
        return c.label().replace('/', '-').replace('+', '_');
    }

    public static String actorName(Configuration c, ActorView v) {
        return DIR + "/" + slug(c) + "/actor-" + v.id();
    }

    public static String statesName(Configuration c) {
        return DIR + "/" + slug(c) + "/states";
    }

    public static String sequenceName(Configuration c, String property) {
        return DIR + "/" + slug(c) + "/sequence-" + property;
    }

    public static String comparisonName(Configuration unpatched, ActorView v) {
        return DIR + "/compare-" + slug(unpatched).substring(Driver.UNPATCHED.id().length() + 1) + "/" + v.id();
    }

    /** The label without its driver: "xend31/healthy". */
    static String rest(Configuration c) {
        return c.label().substring(c.driver().id().length() + 1);
    }
}
