package teardown.diagrams;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
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
 * Drawing them all grows with the matrix, so a report draws a {@link Scope#KEY key} set by default.
 */
public final class ReportDiagrams {

    public static final String DIR = "diagrams";

    /** Which diagrams a report draws; the text traces are always there. */
    public enum Scope {
        /**
         * What a reviewer needs first: one sequence diagram per distinct counterexample (the same
         * steps in another variant are drawn once), the actors the patch changes (xenwatch and
         * xenblkd) unpatched beside patched, and each driver's actor machines in its first variant
         * of the matrix. No state graphs: they cost most to lay out and are read least.
         */
        KEY,
        /** Every diagram of every variant. */
        ALL;

        public String id() {
            return name().toLowerCase();
        }
    }

    private ReportDiagrams() {
    }

    public static List<Diagram> of(List<VariantResult> results) {
        return of(results, Scope.ALL).drawn();
    }

    /**
     * The diagrams to draw, and for each diagram a page may ask for by name, the one it shows: a
     * sequence diagram left out because another variant's counterexample takes the same steps
     * shows that one; a machine left out shows nothing (the page says how to draw it).
     */
    public record Plan(List<Diagram> drawn, Map<String, Diagram> shown) {

        public Option<Diagram> figure(String name) {
            return shown.get(name);
        }
    }

    public static Plan of(List<VariantResult> results, Scope scope) {
        // State graphs are the costliest layouts and the least read: only the full set draws them.
        List<Diagram> machines = scope == Scope.ALL ? results.flatMap(ReportDiagrams::machines)
                : results.distinctBy(r -> r.configuration().driver()).flatMap(ReportDiagrams::actors);
        Map<String, Diagram> firstOfShape = LinkedHashMap.empty();
        Map<String, Diagram> shown = LinkedHashMap.empty();
        List<Diagram> sequences = List.empty();
        for (VariantResult r : results) {
            for (Outcome<TeardownState, Step> o : violations(r)) {
                Diagram d = sequence(r.configuration(), o);
                String shape = o.property().name() + " " + o.trace().get().steps().map(t -> t.step().toString()).mkString("|");
                Diagram drawn = scope == Scope.ALL ? d : firstOfShape.get(shape).getOrElse(d);
                if (drawn == d) {
                    sequences = sequences.append(d);
                    firstOfShape = firstOfShape.put(shape, d);
                }
                shown = shown.put(d.name(), drawn);
            }
        }
        List<Diagram> compared = comparisons(results).filter(d -> scope == Scope.ALL
                || d.name().endsWith("/" + ActorView.XENWATCH.id()) || d.name().endsWith("/" + ActorView.XENBLKD.id()));
        List<Diagram> drawn = machines.appendAll(sequences).appendAll(compared);
        for (Diagram d : machines.appendAll(compared)) {
            shown = shown.put(d.name(), d);
        }
        return new Plan(drawn, shown);
    }

    public static List<Diagram> ofVariant(VariantResult r) {
        return machines(r).appendAll(violations(r).map(o -> sequence(r.configuration(), o)));
    }

    /** The variant's actors' state machines and its state graph. */
    static List<Diagram> machines(VariantResult r) {
        Configuration c = r.configuration();
        return actors(r).append(StateGraphDiagram.of(statesName(c), c.label() + ": reachable states", r.graph(), Violations.of(r)));
    }

    static List<Diagram> actors(VariantResult r) {
        Configuration c = r.configuration();
        return List.of(ActorView.values()).map(v -> ProjectionDiagram.single(actorName(c, v), c.label() + ": " + v.id(),
                ActorProjection.of(r.graph(), v)));
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
