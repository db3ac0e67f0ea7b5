package teardown.diagrams;

import io.vavr.Tuple;
import io.vavr.Tuple2;
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
         * What a reviewer needs first, bounded by the matrix's dimensions rather than its size: for
         * each property the shortest counterexample per toolstack and per driver (a variant whose
         * trace takes the same steps shows that picture), the actors the patch changes (xenwatch
         * and xenblkd) unpatched beside patched once per toolstack, and each driver's actor
         * machines in its first variant. No state graphs: they cost most to lay out and are read least.
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
        List<Counterexample> all = results.flatMap(r -> traced(r).map(o -> new Counterexample(r, o)));
        java.util.Set<Counterexample> chosen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        all.groupBy(c -> c.outcome().property().name()).values().forEach(sameProperty -> {
            sameProperty.groupBy(x -> x.result().configuration().toolstack()).values().map(Counterexample::shortest).forEach(chosen::add);
            sameProperty.groupBy(x -> x.result().configuration().driver()).values().map(Counterexample::shortest).forEach(chosen::add);
        });
        List<Counterexample> drawnTraces = scope == Scope.ALL ? all : all.filter(chosen::contains);
        List<Diagram> sequences = drawnTraces.map(Counterexample::diagram);
        Map<String, Diagram> shown = LinkedHashMap.empty();
        // Each drawn picture once, by the shape of its trace: hundreds of counterexamples share a few dozen.
        Map<String, Diagram> drawnByShape = LinkedHashMap.ofEntries(drawnTraces.zip(sequences).reverse().map(t -> Tuple.of(t._1.shape(), t._2)));
        java.util.Map<Counterexample, Diagram> drawnOwn = new java.util.IdentityHashMap<>();
        drawnTraces.zip(sequences).forEach(t -> drawnOwn.put(t._1, t._2));
        for (Counterexample c : all) {
            // Its own picture if drawn, else one drawn for another variant whose trace takes the same steps.
            Option<Diagram> same = Option.of(drawnOwn.get(c)).orElse(() -> drawnByShape.get(c.shape()));
            if (same.isDefined()) {
                shown = shown.put(c.name(), same.get());
            }
        }
        List<Diagram> compared = scope == Scope.ALL ? comparisons(results)
                : pairs(results).distinctBy(p -> p._1.configuration().toolstack())
                .flatMap(p -> List.of(ActorView.XENWATCH, ActorView.XENBLKD).map(v -> compare(p._1, p._2, v)));
        for (Diagram d : machines.appendAll(compared)) {
            shown = shown.put(d.name(), d);
        }
        return new Plan(machines.appendAll(sequences).appendAll(compared), shown);
    }

    /** One violation with its trace; its shape is the property and the steps, whatever the variant. */
    private record Counterexample(VariantResult result, Outcome<TeardownState, Step> outcome) {

        String shape() {
            return outcome.property().name() + " " + outcome.trace().get().steps().map(t -> t.step().toString()).mkString("|");
        }

        Diagram diagram() {
            return sequence(result.configuration(), outcome);
        }

        /** The name its own picture has, without drawing it. */
        String name() {
            return sequenceName(result.configuration(), outcome.property().name());
        }

        /** The shortest of a group, the first in matrix order on a tie. */
        static Counterexample shortest(List<Counterexample> group) {
            return group.minBy(c -> c.outcome.trace().get().length()).get();
        }
    }

    public static List<Diagram> ofVariant(VariantResult r) {
        return machines(r).appendAll(traced(r).map(o -> sequence(r.configuration(), o)));
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
        String kind = path.cycleStart().isDefined() ? "lasso" : liveness ? "stuck for ever" : reached(o) ? "shortest example" : "shortest counterexample";
        return SequenceDiagram.of(sequenceName(c, o.property().name()),
                c.label() + (reached(o) ? " reaches " : " violates ") + o.property().name() + " (" + kind + ", " + path.length() + " steps)",
                path, liveness);
    }

    /** The violated properties that come with a trace to draw. */
    public static List<Outcome<TeardownState, Step>> violations(VariantResult r) {
        return r.properties().filter(o -> o.verdict() == Verdict.VIOLATED && o.trace().isDefined());
    }

    /**
     * Every outcome with a trace a report shows: each violation, and each user's sometimes property
     * that was reached, with its example (the built-in witnesses are not matrix columns).
     */
    public static List<Outcome<TeardownState, Step>> traced(VariantResult r) {
        return r.properties().filter(o -> o.trace().isDefined() && (o.verdict() == Verdict.VIOLATED || reached(o)));
    }

    /** A sometimes property whose state was reached: its trace is an example, not a counterexample. */
    static boolean reached(Outcome<TeardownState, Step> o) {
        return o.property() instanceof Property.Sometimes && o.verdict() == Verdict.HOLDS;
    }

    /** A verdict as a matrix cell says it: a sometimes column's holds and violated are reached and unreached. */
    public static String verdictWord(teardown.properties.Column column, Verdict v) {
        if (column.isWitness() && (v == Verdict.HOLDS || v == Verdict.VIOLATED)) {
            return v == Verdict.HOLDS ? "reached" : "unreached";
        }
        return v.id();
    }

    /** Unpatched beside patched, for each toolstack, disk and hazard set where both were checked. */
    public static List<Diagram> comparisons(List<VariantResult> results) {
        return pairs(results).flatMap(p -> List.of(ActorView.values()).map(v -> compare(p._1, p._2, v)));
    }

    /** The names {@link #comparisons} would give its diagrams, without projecting a graph. */
    public static List<String> comparisonNames(List<VariantResult> results) {
        return pairs(results).flatMap(p -> List.of(ActorView.values()).map(v -> comparisonName(p._1.configuration(), v)));
    }

    /** Each unpatched variant with its patched twin (same toolstack, disk, requests and hazards), where both were checked. */
    static List<Tuple2<VariantResult, VariantResult>> pairs(List<VariantResult> results) {
        return results.filter(r -> r.configuration().driver().equals(Driver.UNPATCHED)).flatMap(u -> results
                .find(p -> p.configuration().equals(u.configuration().withDriver(Driver.PATCHED)))
                .map(p -> Tuple.of(u, p)));
    }

    private static Diagram compare(VariantResult u, VariantResult p, ActorView v) {
        return ProjectionDiagram.sideBySide(comparisonName(u.configuration(), v),
                v.id() + " with " + rest(u.configuration()) + ": unpatched vs patched",
                "unpatched", ActorProjection.of(u.graph(), v), "patched", ActorProjection.of(p.graph(), v));
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
