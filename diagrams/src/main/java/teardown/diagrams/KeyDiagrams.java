package teardown.diagrams;

import io.vavr.collection.List;
import teardown.checker.Outcome;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;
import teardown.properties.PropertyId;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;

/**
 * The few pictures docs/answer.md shows, committed under {@code docs/}: what the post's patch changes
 * in xenblkd and xenwatch, the seed race, and the xenwatch stall the patch brings with a hung disk.
 * A test compares their DOT text with the committed files, so the documentation cannot drift from the model.
 */
public final class KeyDiagrams {

    /** The one command that regenerates them, quoted in failures and in the documentation. */
    public static final String REGENERATE = "./teardown docs";

    private KeyDiagrams() {
    }

    public static List<Diagram> all() {
        VariantResult unpatched = check(Driver.UNPATCHED, Disk.HEALTHY);
        VariantResult patched = check(Driver.PATCHED, Disk.HEALTHY);
        VariantResult patchedHung = check(Driver.PATCHED, Disk.HUNG);
        return List.of(
                compare("xenblkd-unpatched-vs-patched", ActorView.XENBLKD, unpatched, patched),
                compare("xenwatch-unpatched-vs-patched", ActorView.XENWATCH, unpatched, patched),
                sequence("seed-race-unpatched-xend31-healthy", unpatched, PropertyId.NO_VANISH_BEFORE_IO_DONE),
                sequence("xenwatch-stall-patched-xend31-hung", patchedHung, PropertyId.XENWATCH_PROGRESS));
    }

    private static VariantResult check(Driver driver, Disk disk) {
        return VariantCheck.run(Configuration.of(driver, Toolstack.XEND31, disk));
    }

    private static Diagram compare(String name, ActorView view, VariantResult left, VariantResult right) {
        return ProjectionDiagram.sideBySide(name, view.id() + " with xend31/healthy: unpatched vs patched",
                "unpatched", ActorProjection.of(left.graph(), view), "patched", ActorProjection.of(right.graph(), view));
    }

    private static Diagram sequence(String name, VariantResult r, PropertyId property) {
        Outcome<TeardownState, Step> o = ReportDiagrams.violations(r).find(x -> x.property().name().equals(property.id()))
                .getOrElseThrow(() -> new IllegalStateException(r.configuration().label() + " no longer violates "
                        + property.id() + ": pick another key diagram for docs/answer.md"));
        Diagram d = ReportDiagrams.sequence(r.configuration(), o);
        return new Diagram(name, d.title(), d.dot());
    }
}
