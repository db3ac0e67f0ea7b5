package teardown.cli;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
import teardown.properties.TeardownProperties;
import teardown.properties.TraceText;
import teardown.properties.VariantCheck;

/**
 * {@code teardown explain patched}: the answer to the seed post's question. For each disk and each
 * hazard that applies, can xenwatch hang, is there a true deadlock cycle, and the shortest trace.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Answer 'can blocking xenwatch hang or deadlock?' for each driver given, per disk kind and hazard;"
                + " 'explain today': does today's stack still have the window?")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DRIVER", defaultValue = "patched",
            description = "a driver (stock, unpatched, patched, upstream, upstream-blocking, proposed), a comma list of them or all;"
                    + " 'today' for today's toolstacks; or 'blast-radius': what one hung disk holds up (default ${DEFAULT-VALUE})")
    String driver;

    @Option(names = "--toolstack", paramLabel = "T", description = "a toolstack id (see check --help), a comma list of them or all (default ${DEFAULT-VALUE})")
    String toolstack = "xend31";

    @Option(names = "--requests", paramLabel = "N", description = "requests outstanding at suspend, 0 to 64 (default ${DEFAULT-VALUE})")
    int requests = Configuration.DEFAULT_REQUESTS;

    @Mixin
    SearchLimit limit;

    @Option(names = "--devices", paramLabel = "D", description = "devices of the migrating guest, 1 to 4 (default 1; blast-radius: 2)")
    Integer devices;

    @Option(names = "--bystanders", paramLabel = "B", description = "bystander guests sharing xenwatch, 0 to 2 (default 0; blast-radius: 1)")
    Integer bystanders;

    @Option(names = "--traces", description = "print the full trace of each finding, with changed fields")
    boolean traces;

    private int deviceCount = 1;
    private int bystanderCount;

    /** Set once a search ran out of heap: the searches after it are not started. */
    private boolean outOfMemory;

    @Override
    public Integer call() {
        Selection.requireRequests(requests);
        SearchLimit.requireValid(limit.maxStates);
        boolean blast = driver.equals("blast-radius");
        int dv = devices == null ? (blast ? 2 : 1) : devices;
        int b = bystanders == null ? (blast ? 1 : 0) : bystanders;
        Selection.requireDevices(dv, blast ? 2 : 1);
        Selection.requireBystanders(b);
        if (driver.equals("today")) {
            return TodayAnswer.print(requests, traces, limit.maxStates, System.out) ? 0 : Main.EXIT_INCOMPLETE;
        }
        if (blast) {
            return BlastRadiusAnswer.print(dv, b, requests, traces, limit.maxStates, System.out) ? 0 : Main.EXIT_INCOMPLETE;
        }
        deviceCount = dv;
        bystanderCount = b;
        List<Driver> drivers = Choices.given("DRIVER", java.util.List.of(driver), List.of(Driver.values()), Driver::id);
        List<Xend> toolstacks = Choices.given("--toolstack", java.util.List.of(toolstack), List.of(Xend.values()), Xend::id);
        List<Tuple2<Driver, Xend>> pairs = drivers.flatMap(d -> toolstacks.filter(x -> x.cannotDrive(d).isEmpty()).map(x -> Tuple.of(d, x)));
        if (pairs.isEmpty()) {
            throw BadInput.value("--toolstack", toolstack, "a toolstack that can drive " + driver + "; "
                    + toolstacks.head().cannotDrive(drivers.head()).getOrElse(""));
        }
        System.out.println("xenwatch-progress: every callback xenwatch starts returns and every queued event is delivered"
                + " (weak fairness for kernel threads, udev, xend, and a disk that completes).");
        System.out.println("no-deadlock: no state where nothing can move but the teardown has not finished.\n");
        boolean settled = true;
        for (Tuple2<Driver, Xend> pair : pairs) {
            settled &= explain(pair._1, pair._2);
        }
        if (outOfMemory) {
            System.err.println("teardown: out of memory: the searches from there on are unknown; lower --requests or give Java more heap");
        }
        return settled ? 0 : Main.EXIT_INCOMPLETE;
    }

    /** One driver and toolstack: every disk, as written and with each hazard its code has. False if anything is unknown. */
    private boolean explain(Driver d, Xend x) {
        List<Set<Hazard>> hazardSets = List.<Set<Hazard>>of(TreeSet.empty())
                .appendAll(List.of(Hazard.values()).filter(h -> h.appliesTo(d)).map(TreeSet::of));
        System.out.printf("Can blkback_remove block xenwatch for good with the %s driver (%s), toolstack %s, %d request(s)?%n",
                d.id(), d.description(), x.id(), requests);
        boolean settled = true;
        for (Set<Hazard> hazards : hazardSets) {
            System.out.println(hazards.isEmpty() ? "== the driver as written ==" : "== with hazard " + hazards.head().id()
                    + ": " + hazards.head().description() + " ==");
            for (Disk k : Disk.values()) { // the dead disk too: it is the case where submit_bio blocks xenblkd
                Configuration c = new Configuration(d, x, k, requests, hazards)
                        .withDisks(List.fill(deviceCount, k)).withBystanders(bystanderCount);
                List<Outcome<TeardownState, Step>> found = search(c);
                settled &= explain(c, found.get(0), found.get(1));
            }
            System.out.println();
        }
        return settled;
    }

    /** xenwatch-progress and no-deadlock for one configuration; both unknown when the heap ran out. */
    private List<Outcome<TeardownState, Step>> search(Configuration c) {
        List<PropertyId> ids = List.of(PropertyId.XENWATCH_PROGRESS, PropertyId.NO_DEADLOCK);
        if (!outOfMemory) {
            try {
                return VariantCheck.run(c, ids, limit.maxStates, p -> { }).properties();
            } catch (OutOfMemoryError e) {
                outOfMemory = true; // the search's graph is garbage now; what was printed stands
            }
        }
        return ids.map(id -> new Outcome<>(TeardownProperties.of(id, c), Verdict.INCOMPLETE, io.vavr.control.Option.none()));
    }

    private boolean explain(Configuration c, Outcome<TeardownState, Step> progress, Outcome<TeardownState, Step> deadlock) {
        String disk = String.format("  %-8s ", c.diskId() + ":");
        if (progress.verdict() == Verdict.HOLDS && deadlock.verdict() == Verdict.HOLDS) {
            System.out.println(disk + "xenwatch cannot hang; no deadlock.");
            return true;
        }
        if (progress.verdict() == Verdict.VIOLATED) {
            TeardownState end = progress.trace().get().last();
            System.out.println(disk + "xenwatch CAN hang (" + progress.trace().get().length() + " steps): " + Blockage.describe(c, end) + ".");
            printTrace(progress);
        } else if (progress.verdict() == Verdict.HOLDS) {
            System.out.println(disk + "xenwatch cannot hang.");
        } else {
            System.out.println(disk + "can xenwatch hang? unknown: " + UNSETTLED);
        }
        if (deadlock.verdict() == Verdict.VIOLATED) {
            TeardownState end = deadlock.trace().get().last();
            System.out.println("            " + (Blockage.isCycle(end) ? "TRUE DEADLOCK CYCLE" : "STUCK (no cycle)")
                    + " (" + deadlock.trace().get().length() + " steps): " + Blockage.describe(c, end) + ".");
            printTrace(deadlock);
        } else if (deadlock.verdict() == Verdict.HOLDS) {
            System.out.println("            no deadlock.");
        } else {
            System.out.println("            a deadlock? unknown: " + UNSETTLED);
        }
        return progress.verdict() != Verdict.INCOMPLETE && deadlock.verdict() != Verdict.INCOMPLETE;
    }

    /** What an unknown says instead of an answer. */
    private static final String UNSETTLED = "the search stopped (state limit or memory) before it could tell; raise --max-states.";

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
