package teardown.diagrams;

import io.vavr.collection.List;
import teardown.checker.Outcome;
import teardown.checker.Property;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Driver;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.model.Xend;
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
        return results.filter(r -> drawn(r.configuration())).flatMap(ReportDiagrams::ofVariant).appendAll(comparisons(results));
    }

    /**
     * The variants drawn in full: the post's (its four drivers with either xend, Linux guest) and,
     * per toolstack of today, one showcase row on a healthy disk. Every other row keeps its
     * verdicts and traces as text, so new rows do not multiply the report's diagrams.
     */
    public static boolean drawn(Configuration c) {
        boolean linuxHealthyPlain = c.frontend() == teardown.model.guest.Frontend.LINUX && c.hazards().isEmpty();
        boolean postEra = List.of(Driver.STOCK, Driver.UNPATCHED, Driver.PATCHED, Driver.UPSTREAM).contains(c.driver())
                && List.of(Xend.XEND31, Xend.XENDPATCHED).contains(c.xend())
                && c.frontend() == teardown.model.guest.Frontend.LINUX;
        boolean showcase = linuxHealthyPlain && c.disk() == teardown.model.Disk.HEALTHY
                && (c.driver().equals(Driver.UPSTREAM) && (c.xend().equals(Xend.XL) || c.xend().equals(Xend.XENOPSD_CLASSIC))
                || c.driver().equals(Driver.PATCHED) && c.xend().equals(Xend.XENOPSD_SHUTDOWN)
                || c.driver().equals(Driver.PROPOSED) && c.xend().equals(Xend.PROPOSED));
        return postEra || showcase;
    }

    public static List<Diagram> ofVariant(VariantResult r) {
        Configuration c = r.configuration();
        List<Diagram> actors = List.of(ActorView.values()).map(v -> ProjectionDiagram.single(actorName(c, v),
                c.label() + ": " + v.id(), ActorProjection.of(r.graph(), v)));
        Diagram states = StateGraphDiagram.of(statesName(c), c.label() + ": reachable states", r.graph(), Violations.of(r));
        return actors.append(states).appendAll(violations(r).filter(o -> drawn(c, o)).map(o -> sequence(c, o)));
    }

    public static Diagram sequence(Configuration c, Outcome<TeardownState, Step> o) {
        var path = o.trace().get();
        boolean liveness = o.property() instanceof Property.LeadsTo;
        String kind = path.cycleStart().isDefined() ? "lasso" : liveness ? "stuck for ever" : "shortest counterexample";
        return SequenceDiagram.of(sequenceName(c, o.property().name()),
                c.label() + " violates " + o.property().name() + " (" + kind + ", " + path.length() + " steps)",
                path, liveness);
    }

    /**
     * Whether a violation gets a sequence diagram: on the post's rows not for today's properties
     * (their traces stay as text there; migration-completes fails there only by the unsafe unleash
     * already drawn for no-unleash-before-io-done); on the showcase rows of today, every one.
     */
    public static boolean drawn(Configuration c, Outcome<TeardownState, Step> o) {
        boolean todaysProperty = List.of(teardown.properties.PropertyId.CLOSED_MEANS_DRAINED, teardown.properties.PropertyId.NO_LOST_UPDATE,
                teardown.properties.PropertyId.MIGRATION_COMPLETES).exists(p -> p.id().equals(o.property().name()));
        boolean postRow = List.of(Xend.XEND31, Xend.XENDPATCHED).contains(c.xend());
        return drawn(c) && !(postRow && todaysProperty);
    }

    /** The violated properties that come with a trace to draw. */
    public static List<Outcome<TeardownState, Step>> violations(VariantResult r) {
        return r.properties().filter(o -> o.verdict() == Verdict.VIOLATED && o.trace().isDefined());
    }

    /** Unpatched beside patched, for each toolstack, disk and hazard set where both were checked. */
    public static List<Diagram> comparisons(List<VariantResult> results) {
        return results.filter(r -> r.configuration().driver() == Driver.UNPATCHED && drawn(r.configuration())).flatMap(u -> results
                .find(p -> p.configuration().equals(new Configuration(Driver.PATCHED, u.configuration().xend(),
                        u.configuration().disk(), u.configuration().requests(), u.configuration().hazards(), u.configuration().frontend())))
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
