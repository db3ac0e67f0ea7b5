package teardown.cli;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Hazard;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.model.Xend;
import teardown.properties.Blockage;
import teardown.properties.PropertyId;
import teardown.properties.TraceText;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;

/**
 * {@code teardown explain patched}: the answer to the seed post's question. For each disk and each
 * hazard that applies, can xenwatch hang, is there a true deadlock cycle, and the shortest trace.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Answer 'can blocking xenwatch hang or deadlock?' for one driver, per disk kind and hazard; 'explain today': does today's stack still have the window?")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DRIVER", defaultValue = "patched", description = "a driver (stock, unpatched, patched, upstream, upstream-blocking, proposed), or 'today' for today's toolstacks (default ${DEFAULT-VALUE})")
    String driver;

    @Option(names = "--toolstack", paramLabel = "T", description = "a toolstack id, see check --help (default ${DEFAULT-VALUE})")
    String toolstack = "xend31";

    @Option(names = "--requests", paramLabel = "N", description = "requests outstanding at suspend (default ${DEFAULT-VALUE})")
    int requests = Configuration.DEFAULT_REQUESTS;

    @Option(names = "--traces", description = "print the full trace of each finding, with changed fields")
    boolean traces;

    @Override
    public Integer call() {
        if (driver.equals("today")) {
            if (requests < 0 || requests > Selection.MAX_REQUESTS) {
                throw new BadInput("--requests must be between 0 and " + Selection.MAX_REQUESTS + ", was " + requests);
            }
            TodayAnswer.print(requests, traces, System.out);
            return 0;
        }
        Driver d = Choices.parse("DRIVER", java.util.List.of(driver), List.of(Driver.values()), Driver::id, List.empty()).single();
        Xend x = Choices.parse("--toolstack", java.util.List.of(toolstack), List.of(Xend.values()), Xend::id, List.empty()).single();
        if (requests < 0 || requests > Selection.MAX_REQUESTS) {
            throw new BadInput("--requests must be between 0 and " + Selection.MAX_REQUESTS + ", was " + requests);
        }
        List<Set<Hazard>> hazardSets = List.<Set<Hazard>>of(TreeSet.empty())
                .appendAll(List.of(Hazard.values()).filter(h -> h.appliesTo(d)).map(TreeSet::of));
        System.out.printf("Can blkback_remove block xenwatch for good with the %s driver (%s), toolstack %s, %d request(s)?%n",
                d.id(), d.description(), x.id(), requests);
        System.out.println("xenwatch-progress: every callback xenwatch starts returns and every queued event is delivered"
                + " (weak fairness for kernel threads, udev, xend, and a disk that completes).");
        System.out.println("no-deadlock: no state where nothing can move but the teardown has not finished.\n");
        for (Set<Hazard> hazards : hazardSets) {
            System.out.println(hazards.isEmpty() ? "== the driver as written ==" : "== with hazard " + hazards.head().id()
                    + ": " + hazards.head().description() + " ==");
            for (Disk k : Disk.values()) { // the dead disk too: it is the case where submit_bio blocks xenblkd
                Configuration c = new Configuration(d, x, k, requests, hazards);
                VariantResult r = VariantCheck.run(c, List.of(PropertyId.XENWATCH_PROGRESS, PropertyId.NO_DEADLOCK),
                        VariantCheck.DEFAULT_MAX_STATES, p -> { });
                explain(c, r.properties().get(0), r.properties().get(1));
            }
            System.out.println();
        }
        return 0;
    }

    private void explain(Configuration c, Outcome<TeardownState, Step> progress, Outcome<TeardownState, Step> deadlock) {
        String disk = String.format("  %-8s ", c.disk().id() + ":");
        if (progress.verdict() == Verdict.HOLDS && deadlock.verdict() == Verdict.HOLDS) {
            System.out.println(disk + "xenwatch cannot hang; no deadlock.");
            return;
        }
        if (progress.verdict() == Verdict.VIOLATED) {
            TeardownState end = progress.trace().get().last();
            System.out.println(disk + "xenwatch CAN hang (" + progress.trace().get().length() + " steps): " + Blockage.describe(c, end) + ".");
            printTrace(progress);
        } else {
            System.out.println(disk + "xenwatch cannot hang (" + progress.verdict().id() + ").");
        }
        if (deadlock.verdict() == Verdict.VIOLATED) {
            TeardownState end = deadlock.trace().get().last();
            System.out.println("            " + (Blockage.isCycle(end) ? "TRUE DEADLOCK CYCLE" : "STUCK (no cycle)")
                    + " (" + deadlock.trace().get().length() + " steps): " + Blockage.describe(c, end) + ".");
            printTrace(deadlock);
        } else {
            System.out.println("            no deadlock (" + deadlock.verdict().id() + ").");
        }
    }

    private void printTrace(Outcome<TeardownState, Step> o) {
        o.trace().forEach(p -> {
            if (traces) {
                System.out.print(TraceText.render(p));
            } else {
                TraceText.stepLines(p).forEach(l -> System.out.println("              " + l));
            }
        });
    }
}
