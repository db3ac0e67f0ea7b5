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
import teardown.model.toolstack.Toolstack;
import teardown.properties.Blockage;
import teardown.properties.Column;
import teardown.properties.PropertyId;
import teardown.properties.assertion.Assertion;
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
            description = "a driver (stock, unpatched, patched, upstream, upstream-blocking, proposed, or a design's id), a comma list of them or all;"
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

    @Mixin
    DesignOption design = new DesignOption();

    @Mixin
    AssertOptions asserts = new AssertOptions();

    /** The user's own properties, checked beside the two this command answers. */
    private List<Assertion> own = List.empty();

    private int deviceCount = 1;
    private int bystanderCount;

    /** Set once a search ran out of heap: the searches after it are not started. */
    private boolean outOfMemory;

    /** What this run prints, which Ctrl-C stops before it prints the rest as unknown. */
    private final PrintedSoFar printed = new PrintedSoFar(System.out);

    @Override
    public Integer call() {
        Selection.requireRequests(requests);
        SearchLimit.requireValid(limit.maxStates);
        design.catalogue(); // a bad --design is bad input whatever is asked
        boolean blast = driver.equals("blast-radius");
        int dv = devices == null ? (blast ? 2 : 1) : devices;
        int b = bystanders == null ? (blast ? 1 : 0) : bystanders;
        Selection.requireDevices(dv, blast ? 2 : 1);
        Selection.requireBystanders(b);
        own = asserts.parse();
        if (!own.isEmpty() && (driver.equals("today") || blast)) {
            throw BadInput.value("DRIVER", driver, "a driver, a comma list of them or all: 'explain " + driver
                    + "' answers its own questions; check yours with a driver, or with 'teardown check --assert'");
        }
        if (driver.equals("today")) {
            try (CtrlC ctrlC = CtrlC.prints(this::todayRest, () -> "the answers not printed are unknown")) {
                boolean settled = TodayAnswer.print(requests, traces, limit.maxStates, printed.stream());
                return !ctrlC.claimOutput() ? Main.EXIT_INTERRUPTED : settled ? 0 : Main.EXIT_INCOMPLETE;
            }
        }
        if (blast) {
            try (CtrlC ctrlC = CtrlC.prints(this::todayRest, () -> "the answers not printed are unknown")) {
                boolean settled = BlastRadiusAnswer.print(dv, b, requests, traces, limit.maxStates, printed.stream());
                return !ctrlC.claimOutput() ? Main.EXIT_INTERRUPTED : settled ? 0 : Main.EXIT_INCOMPLETE;
            }
        }
        deviceCount = dv;
        bystanderCount = b;
        List<Driver> drivers = Choices.given("DRIVER", java.util.List.of(driver), design.catalogue().drivers(), Driver::id);
        List<Toolstack> toolstacks = Choices.given("--toolstack", java.util.List.of(toolstack), design.catalogue().toolstacks(), Toolstack::id);
        List<Tuple2<Driver, Toolstack>> pairs = drivers.flatMap(d -> toolstacks.filter(x -> x.cannotDrive(d).isEmpty()).map(x -> Tuple.of(d, x)));
        if (pairs.isEmpty()) {
            throw BadInput.value("--toolstack", toolstack, "a toolstack that can drive " + driver + "; "
                    + toolstacks.head().cannotDrive(drivers.head()).getOrElse(""));
        }
        List<Piece> pieces = List.of(Piece.text(String.format("xenwatch-progress: every callback xenwatch starts returns and every queued event is delivered"
                        + " (weak fairness for kernel threads, udev, xend, and a disk that completes).%n"
                        + "no-deadlock: no state where nothing can move but the teardown has not finished.%n%n")))
                .appendAll(pairs.flatMap(pair -> pieces(pair._1, pair._2)));
        try (CtrlC ctrlC = CtrlC.prints(() -> rest(pieces), () -> "the answers not printed are unknown")) {
            boolean settled = true;
            for (Piece p : pieces) {
                if (p.cell().isEmpty()) {
                    printed.piece(p.text());
                } else {
                    Configuration c = p.cell().get();
                    List<Outcome<TeardownState, Step>> found = search(c);
                    settled &= found.forAll(o -> o.verdict() != Verdict.INCOMPLETE);
                    printed.piece(answer(c, found.get(0), found.get(1), UNSETTLED)
                            + AssertionText.explain(c, found.drop(2), traces, UNSETTLED));
                }
            }
            if (outOfMemory) {
                System.err.println("teardown: out of memory: the searches from there on are unknown; lower --requests or give Java more heap");
            }
            if (!ctrlC.claimOutput()) {
                return Main.EXIT_INTERRUPTED; // the hook printed the rest as unknown; the JVM is on its way out with 130
            }
            return settled ? 0 : Main.EXIT_INCOMPLETE;
        }
    }

    /** A piece of the answer: a heading, or one configuration's answer once its search ends. */
    private record Piece(io.vavr.control.Option<Configuration> cell, String text) {
        static Piece text(String text) {
            return new Piece(io.vavr.control.Option.none(), text);
        }
    }

    /** One driver and toolstack: every disk, as written and with each hazard its code has. */
    private List<Piece> pieces(Driver d, Toolstack x) {
        List<Set<Hazard>> hazardSets = List.<Set<Hazard>>of(TreeSet.empty())
                .appendAll(List.of(Hazard.values()).filter(h -> h.appliesTo(d)).map(TreeSet::of));
        return List.of(Piece.text(String.format("Can blkback_remove block xenwatch for good with the %s driver (%s), toolstack %s, %d request(s)?%n",
                d.id(), d.description(), x.id(), requests))).appendAll(hazardSets.flatMap(hazards ->
                List.of(Piece.text((hazards.isEmpty() ? "== the driver as written ==" : "== with hazard " + hazards.head().id()
                        + ": " + hazards.head().description() + " ==") + System.lineSeparator()))
                        // the dead disk too: it is the case where submit_bio blocks xenblkd
                        .appendAll(List.of(Disk.values()).map(k -> new Piece(io.vavr.control.Option.some(new Configuration(d, x, k, requests, hazards)
                                .withDisks(List.fill(deviceCount, k)).withBystanders(bystanderCount)), "")))
                        .append(Piece.text(System.lineSeparator()))));
    }

    /** Ctrl-C: stops this run's output and gives the pieces it had not printed, each search's answer unknown. */
    private String rest(List<Piece> pieces) {
        int done = printed.stop();
        return printed.lineBreakIfCut() + pieces.drop(done).map(p -> p.cell().isEmpty() ? p.text()
                : answer(p.cell().get(), unknown(p.cell().get(), PropertyId.XENWATCH_PROGRESS), unknown(p.cell().get(), PropertyId.NO_DEADLOCK),
                INTERRUPTED) + AssertionText.explain(p.cell().get(), own.map(a -> unknown(p.cell().get(), a)), traces, INTERRUPTED)).mkString();
    }

    /** Ctrl-C during 'explain today' or 'explain blast-radius': stops its output and says the rest is unknown. */
    private String todayRest() {
        printed.stop();
        return printed.lineBreakIfCut() + "(interrupted: the answers from here on are unknown)" + System.lineSeparator();
    }

    /** xenwatch-progress, no-deadlock and the user's own properties for one configuration; all unknown when the heap ran out. */
    private List<Outcome<TeardownState, Step>> search(Configuration c) {
        List<Column> ids = List.<Column>of(PropertyId.XENWATCH_PROGRESS, PropertyId.NO_DEADLOCK).appendAll(own);
        if (!outOfMemory) {
            try {
                return VariantCheck.run(c, ids, limit.maxStates, p -> { }).properties();
            } catch (OutOfMemoryError e) {
                outOfMemory = true; // the search's graph is garbage now; what was printed stands
            }
        }
        return ids.map(id -> unknown(c, id));
    }

    private static Outcome<TeardownState, Step> unknown(Configuration c, Column id) {
        return new Outcome<>(id.property(c), Verdict.INCOMPLETE, io.vavr.control.Option.none());
    }

    /** The answer for one configuration; {@code whyUnknown} follows an "unknown". */
    private String answer(Configuration c, Outcome<TeardownState, Step> progress, Outcome<TeardownState, Step> deadlock, String whyUnknown) {
        StringBuilder out = new StringBuilder();
        String disk = String.format("  %-8s ", c.diskId() + ":");
        if (progress.verdict() == Verdict.HOLDS && deadlock.verdict() == Verdict.HOLDS) {
            return line(out, disk + "xenwatch cannot hang; no deadlock.").toString();
        }
        if (progress.verdict() == Verdict.VIOLATED) {
            TeardownState end = progress.trace().get().last();
            line(out, disk + "xenwatch CAN hang (" + progress.trace().get().length() + " steps): " + Blockage.describe(c, end) + ".");
            trace(out, progress);
        } else if (progress.verdict() == Verdict.HOLDS) {
            line(out, disk + "xenwatch cannot hang.");
        } else {
            line(out, disk + "can xenwatch hang? unknown: " + whyUnknown);
        }
        if (deadlock.verdict() == Verdict.VIOLATED) {
            TeardownState end = deadlock.trace().get().last();
            line(out, "            " + (Blockage.isCycle(end) ? "TRUE DEADLOCK CYCLE" : "STUCK (no cycle)")
                    + " (" + deadlock.trace().get().length() + " steps): " + Blockage.describe(c, end) + ".");
            trace(out, deadlock);
        } else if (deadlock.verdict() == Verdict.HOLDS) {
            line(out, "            no deadlock.");
        } else {
            line(out, "            a deadlock? unknown: " + whyUnknown);
        }
        return out.toString();
    }

    /** What an unknown says instead of an answer. */
    private static final String UNSETTLED = "the search stopped (state limit or memory) before it could tell; raise --max-states.";

    /** What an unknown says when Ctrl-C ended the run first. */
    private static final String INTERRUPTED = "interrupted (Ctrl-C) before its search ended.";

    private static StringBuilder line(StringBuilder out, String text) {
        return out.append(text).append(System.lineSeparator());
    }

    private void trace(StringBuilder out, Outcome<TeardownState, Step> o) {
        o.trace().forEach(p -> {
            if (traces) {
                out.append(TraceText.render(p));
            } else {
                TraceText.stepLines(p).forEach(l -> line(out, "              " + l));
            }
        });
    }
}
