package teardown.cli;

import io.vavr.collection.List;
import java.io.PrintStream;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.toolstack.Toolstack;
import teardown.properties.BlastRadius;
import teardown.properties.PropertyId;
import teardown.properties.TraceText;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;

/**
 * {@code teardown explain blast-radius}: xenwatch is shared by every device of every guest, so what
 * does one hung disk hold up? For each driver, with the toolstack of its era, the migrating guest's
 * first device sits on a hung disk and the others on healthy ones, with bystander guests on the
 * host: does xenwatch hang, does the guest's other device still get torn down, are the bystanders
 * served, and how does the migration end.
 */
final class BlastRadiusAnswer {

    private static final List<PropertyId> ASKED = List.of(PropertyId.XENWATCH_PROGRESS, PropertyId.BYSTANDERS_PROGRESS,
            PropertyId.NO_DEADLOCK, PropertyId.MIGRATION_COMPLETES);

    private BlastRadiusAnswer() {
    }

    /** The toolstack each driver is reviewed with: the post's xend 3.1 for its drivers, today's for today's. */
    static Toolstack toolstackFor(Driver d) {
        return d == Driver.PROPOSED ? Toolstack.PROPOSED : d == Driver.UPSTREAM || d == Driver.UPSTREAM_BLOCKING ? Toolstack.XL : Toolstack.XEND31;
    }

    static Configuration variant(Driver d, int devices, int bystanders, int requests) {
        return Configuration.of(d, toolstackFor(d), Disk.HUNG).withRequests(requests)
                .withDisks(List.of(Disk.HUNG).appendAll(List.fill(devices - 1, Disk.HEALTHY))).withBystanders(bystanders);
    }

    private static Verdict verdict(VariantResult r, PropertyId p) {
        return r.properties().find(o -> o.property().name().equals(p.id())).map(o -> o.verdict()).getOrElse(Verdict.INCOMPLETE);
    }

    /** @return false when a search was cut short (its answers read "unknown"; explain exits 3) */
    static boolean print(int devices, int bystanders, int requests, boolean traces, long maxStates, PrintStream out) {
        out.printf("What does one hung disk hold up? The migrating guest has %d device(s): vbd0 on a hung disk, the rest on healthy ones;"
                + " %d bystander guest(s) on the host hot-plug a disk and shut down meanwhile. All share one xenwatch.%n%n", devices, bystanders);
        boolean settled = true;
        for (Driver d : Driver.all()) {
            Configuration c = variant(d, devices, bystanders, requests);
            VariantResult r = VariantCheck.run(c, ASKED, maxStates, p -> { });
            settled &= r.statistics().complete();
            out.printf("== %s (%s) ==%n  %s; %,d states%n", c.label(), d.description(),
                    r.properties().map(o -> o.property().name() + " " + o.verdict().id()).mkString(", "), r.statistics().states());
            if (!r.statistics().complete()) {
                out.println("  unknown: the search stopped (state limit or memory) before it could tell; raise --max-states.");
            } else if (verdict(r, PropertyId.XENWATCH_PROGRESS) == Verdict.HOLDS && verdict(r, PropertyId.BYSTANDERS_PROGRESS) == Verdict.HOLDS) {
                out.println("  blast radius: none. xenwatch never waits for the hung disk, so the other device(s) and guests are served.");
            } else {
                out.println("  blast radius: " + BlastRadius.of(r).getOrElse("xenwatch can hang, but nothing else waits behind it in the shortest trace") + ".");
                BlastRadius.evidence(r).forEach(o -> {
                    if (traces) {
                        out.print(TraceText.render(o.trace().get()));
                    } else {
                        TraceText.stepLines(o.trace().get()).forEach(l -> out.println("    " + l));
                    }
                });
            }
            out.println();
        }
        return settled;
    }
}
