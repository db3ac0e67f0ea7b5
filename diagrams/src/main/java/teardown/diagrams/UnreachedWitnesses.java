package teardown.diagrams;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.function.BiPredicate;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.VariantResult;
import teardown.properties.Witness;

/**
 * The witnesses a run never reached, and whether that is expected. A witness never reached means
 * the model never enters a window some verdict depends on. Most such gaps are findings, or follow
 * from the design (the post's xend deletes the directory it then polls, so its poll never sees the
 * device); each one known is listed here with the model fact behind it. Any other gap is
 * suspicious: the model may have lost a path, and the verdicts that need the window say little.
 */
public final class UnreachedWitnesses {

    /** Why a witness (or, with none named, every witness) is out of reach in the variants {@code where} picks. */
    public record Reason(Option<Witness> witness, String why, BiPredicate<Configuration, VariantResult> where) {

        Reason(Witness witness, String why, BiPredicate<Configuration, VariantResult> where) {
            this(Option.some(witness), why, where);
        }

        boolean explains(Witness w, VariantResult r) {
            return witness.forAll(mine -> mine == w) && where.test(r.configuration(), r);
        }
    }

    /** One witness one variant never reached (or could not settle before its state limit), and why, if known. */
    public record Gap(VariantResult result, Witness witness, boolean undecided, Option<Reason> reason) {

        public boolean expected() {
            return reason.isDefined();
        }
    }

    /** The gaps of one witness that share a reason (or all share none: suspicious, or undecided). */
    public record Group(Witness witness, boolean undecided, Option<Reason> reason, List<Configuration> variants) {
    }

    /** The known reasons, first match wins. */
    public static final List<Reason> KNOWN = List.of(
            new Reason(Option.none(), "a FreeBSD guest cancels the suspend when its disk does not drain within 30 s: every run aborts"
                    + " before the teardown starts (a clean, visible abort)",
                    (c, r) -> c.frontend().id().equals("freebsd") && c.disks().exists(d -> !d.completes())),
            new Reason(Option.none(), "the guest's frontend drains at suspend, and a disk that never answers keeps the guest from suspending:"
                    + " every run aborts before the teardown starts (whether the source then runs again is source-resumes's question)",
                    (c, r) -> drainsAtSuspend(c) && c.disks().exists(d -> !d.completes())),
            new Reason(Witness.TARGET_RUNS, "there is no target outside a migration (scenario detach, destroy or frontend-writes)",
                    (c, r) -> !c.scenario().id().equals("migrate")),
            new Reason(Witness.POLL_WHILE_VISIBLE, "xm destroy waits for nothing once it has released the devices: xend polls"
                    + " nothing outside a migration or a detach",
                    (c, r) -> c.toolstack().id().startsWith("xend") && List.of("destroy", "frontend-writes").contains(c.scenario().id())),
            new Reason(Witness.REMOVE_RACES_IO, "a FreeBSD guest drains its requests at suspend, so none is in flight when remove runs",
                    (c, r) -> c.frontend().id().equals("freebsd")),
            new Reason(Witness.REMOVE_RACES_IO, "the guest's frontend drains its requests at suspend, so none is in flight when remove runs",
                    (c, r) -> drainsAtSuspend(c)),
            new Reason(Witness.REMOVE_RACES_IO, "by design: the proposed toolstack removes the device only once the drain request"
                    + " has emptied it", (c, r) -> is(c, "proposed", "proposed")),
            new Reason(Witness.REMOVE_RACES_IO, "the proposed driver unregisters the device only once its rings are drained, so"
                    + " remove runs with nothing in flight unless the toolstack deletes the backend path first",
                    (c, r) -> c.driver().unregistersWhenDrained()),
            new Reason(Witness.REMOVE_RACES_IO, "xenopsd's shutdown-request mode removes the device only after shutdown-done, which"
                    + " the driver writes once drained, and a healthy disk drains within its 30 s wait",
                    (c, r) -> c.toolstack().id().equals("xenopsd-shutdown") && c.disks().forAll(d -> d == Disk.HEALTHY)),
            new Reason(Witness.POLL_WHILE_VISIBLE, "the post's xend deletes the backend directory before it polls, so its poll never"
                    + " sees the device: it waits for nothing (the finding)", (c, r) -> c.toolstack().id().equals("xendpatched")),
            new Reason(Witness.BACKEND_CLOSED, "the post's xend deletes the backend directory before the kernel writes Closed there",
                    (c, r) -> c.toolstack().id().equals("xendpatched")),
            new Reason(Witness.BACKEND_CLOSED, "xenopsd's classic mode writes no Closing, so today's xenbus core writes no Closed"
                    + " after remove; xenopsd reads the hotplug key instead", (c, r) -> is(c, "upstream", "xenopsd-classic")),
            new Reason(Witness.BACKEND_CLOSED, "remove drains on xenwatch and the disk never completes, so the device never gets"
                    + " to Closed: xenwatch hangs (the finding)",
                    (c, r) -> List.of("stock", "patched").contains(c.driver().id()) && c.disks().exists(d -> !d.completes())),
            new Reason(Witness.BACKEND_CLOSED, "the proposed driver writes Closed only once drained, and the disk never completes:"
                    + " the device stays, visibly busy (by design)",
                    (c, r) -> c.driver().unregistersWhenDrained() && c.disks().exists(d -> !d.completes())),
            new Reason(Witness.TARGET_RUNS, "the disk never drains, so the proposed sender always aborts and resumes the source"
                    + " (by design)", (c, r) -> is(c, "proposed", "proposed") && c.disks().exists(d -> !d.completes())),
            new Reason(Witness.TARGET_RUNS, "xendintent waits for shutdown-done with no timeout, and here it is never written or is"
                    + " cleared before the poll reads it: no run lets the target go, a silent hang (the finding)",
                    (c, r) -> c.toolstack().id().equals("xendintent")),
            new Reason(Witness.TARGET_WRITES_AGAIN, "the target never runs here (see target-runs), so it never writes",
                    (c, r) -> verdict(r, Witness.TARGET_RUNS) == Verdict.VIOLATED));

    private UnreachedWitnesses() {
    }

    /** Every witness not reached, variant by variant in matrix order; a reason applies only to a gap the search settled. */
    public static List<Gap> of(List<VariantResult> results) {
        return results.flatMap(r -> r.witnesses().filter(w -> w.verdict() != Verdict.HOLDS && w.verdict() != Verdict.INAPPLICABLE).map(o -> {
            Witness w = witness(o);
            boolean undecided = o.verdict() == Verdict.INCOMPLETE;
            return new Gap(r, w, undecided, undecided ? Option.none() : KNOWN.find(k -> k.explains(w, r)));
        }));
    }

    /** The gaps grouped by witness and reason, in the order of {@link Witness}, then the reasons' order; suspicious groups first. */
    public static List<Group> grouped(List<VariantResult> results) {
        List<Gap> gaps = of(results);
        return List.of(Witness.values()).flatMap(w -> {
            List<Gap> mine = gaps.filter(g -> g.witness() == w);
            List<Group> suspicious = group(w, false, Option.none(), mine.filter(g -> !g.undecided() && !g.expected()));
            List<Group> undecided = group(w, true, Option.none(), mine.filter(Gap::undecided));
            List<Group> expected = KNOWN.flatMap(k -> group(w, false, Option.some(k), mine.filter(g -> g.reason().contains(k))));
            return suspicious.appendAll(undecided).appendAll(expected);
        });
    }

    private static List<Group> group(Witness w, boolean undecided, Option<Reason> reason, List<Gap> gaps) {
        return gaps.isEmpty() ? List.empty() : List.of(new Group(w, undecided, reason, gaps.map(g -> g.result().configuration())));
    }

    /** A frontend that drains at suspend (FreeBSD's, or a design's) starts the toolstack waiting for the guest to suspend. */
    private static boolean drainsAtSuspend(Configuration c) {
        return c.scenario().id().equals("migrate") && c.frontend().initialToolstack().phase().equals("guest-suspending");
    }

    private static boolean is(Configuration c, String driver, String toolstack) {
        return c.driver().id().equals(driver) && c.toolstack().id().equals(toolstack);
    }

    private static Witness witness(Outcome<TeardownState, Step> o) {
        return List.of(Witness.values()).find(w -> w.id().equals(o.property().name())).getOrElseThrow(
                () -> new IllegalStateException("not a witness: " + o.property().name()));
    }

    private static Verdict verdict(VariantResult r, Witness w) {
        return r.witnesses().find(o -> o.property().name().equals(w.id())).map(Outcome::verdict).getOrElse(Verdict.INCOMPLETE);
    }
}
