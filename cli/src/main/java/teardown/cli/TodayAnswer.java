package teardown.cli;

import io.vavr.collection.List;
import java.io.PrintStream;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;
import teardown.properties.PropertyId;
import teardown.properties.TraceText;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;

/**
 * {@code teardown explain today}: does today's stack still have the window? For each toolstack of
 * today (and the proposed one) with the driver it drives in practice and a Linux guest: can the
 * target run while source writes are still in flight, can an update be lost, is Closed honest,
 * and how the migration ends, per disk kind; with the shortest trace of the window.
 */
final class TodayAnswer {

    private static final List<PropertyId> ASKED = List.of(PropertyId.NO_UNLEASH_BEFORE_IO_DONE, PropertyId.NO_LOST_UPDATE,
            PropertyId.CLOSED_MEANS_DRAINED, PropertyId.XENWATCH_PROGRESS, PropertyId.MIGRATION_COMPLETES);

    private TodayAnswer() {
    }

    /** @return false when a search was cut short: its answers then read "unknown", and explain exits 3 */
    static boolean print(int requests, boolean traces, long maxStates, PrintStream out) {
        boolean settled = true;
        out.printf("Does today's stack still have the window? (%d request(s) outstanding at suspend, Linux guest)%n", requests);
        out.println("The window: the target runs while a source write is still in flight or can still be submitted (no-unleash-before-io-done).\n");
        for (Toolstack x : Toolstack.today().append(Toolstack.PROPOSED)) {
            out.printf("== %s with %s ==%n  relies on: %s%n", x.id(), x.usualDriver().id(), x.reliesOn());
            Outcome<TeardownState, Step> window = null;
            for (Disk k : Disk.values()) {
                Configuration c = Configuration.of(x.usualDriver(), x, k).withRequests(requests);
                VariantResult r = VariantCheck.run(c, ASKED, maxStates, p -> { });
                settled &= r.statistics().complete();
                Verdict w = r.properties().get(0).verdict();
                out.printf("  %-8s window %s; %s; ends: %s%n", k.id() + ":",
                        w == Verdict.VIOLATED ? "YES" : w == Verdict.HOLDS ? "no" : "unknown (search cut short; raise --max-states)",
                        r.properties().tail().map(o -> o.property().name() + " " + o.verdict().id()).mkString(", "),
                        r.ends().map(e -> e.id()).mkString(", "));
                if (window == null && r.properties().get(0).verdict() == Verdict.VIOLATED) {
                    window = r.properties().get(0);
                }
            }
            if (window != null) {
                out.printf("  shortest trace of the window (%d steps):%n", window.trace().get().length());
                if (traces) {
                    out.print(TraceText.render(window.trace().get()));
                } else {
                    TraceText.stepLines(window.trace().get()).forEach(l -> out.println("    " + l));
                }
            }
            out.println();
        }
        out.println("A FreeBSD guest drains at suspend: with it every toolstack above is safe, and a disk that does not drain in 30 s"
                + " cancels the suspend (aborted): see 'teardown check --frontend freebsd'.");
        return settled;
    }
}
