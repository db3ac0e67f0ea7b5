package teardown.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code teardown} command. With no subcommand it runs the main job: check every default
 * variant against every property, liveness included, print the verdict matrix, and write the
 * report into {@code report/}.
 */
@Command(name = "teardown", mixinStandardHelpOptions = true, version = "teardown 0.1.0",
        description = "Model-check how the Xen block backend tears a device down at the end of a live migration.",
        subcommands = {CheckCommand.class, ReportCommand.class, ExplainCommand.class, HazardsCommand.class,
                FuzzCommand.class, DocsCommand.class, BenchCommand.class, ExploreCommand.class,
                BlackoutCommand.class, HistoryCommand.class, ObservablesCommand.class})
public final class Main implements Callable<Integer> {

    /** A step function threw during a search: a design's fault (or the model's), reported with the path that led there. */
    static final int EXIT_STEP_FAILED = 1;
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_INCOMPLETE = 3;
    /** sysexits' EX_IOERR: the results could not be written to standard output. */
    static final int EXIT_WRITE_FAILED = 74;
    /** 128 + SIGINT, as a shell reports a process ended by Ctrl-C. */
    static final int EXIT_INTERRUPTED = 130;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command and returns its exit status; bad input is one line on stderr, never a stack trace. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main())
                .registerConverter(Integer.class, WholeNumbers::toInt).registerConverter(Integer.TYPE, WholeNumbers::toInt)
                .registerConverter(Long.class, WholeNumbers::toLong).registerConverter(Long.TYPE, WholeNumbers::toLong);
        cl.setParameterExceptionHandler((ex, a) -> {
            System.err.println("teardown: " + ParameterError.describe(ex, a));
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            // An --out folder that cannot be written is the user's to fix: one line, like bad input.
            if (ex instanceof BadInput || ex instanceof java.io.UncheckedIOException) {
                System.err.println("teardown: " + ex.getMessage());
                return EXIT_BAD_INPUT;
            }
            // A design is ordinary Java: what it throws is its own fault, shown with the path that led there.
            if (StepFailureReport.in(ex).isDefined()) {
                System.out.flush();
                System.err.print(StepFailureReport.render(StepFailureReport.in(ex).get()));
                return EXIT_STEP_FAILED;
            }
            throw ex;
        });
        int status;
        try {
            status = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // The searches report their own; this is what escaped them (rendering, a trace, fuzzing).
            System.err.println("teardown: out of memory; nothing more could be settled: lower --max-states or --requests,"
                    + " or give Java more heap (TEARDOWN_JAVA_OPTS=-Xmx...)");
            status = EXIT_INCOMPLETE;
        }
        if (System.out.checkError()) {
            System.err.println("teardown: could not write the results to standard output (disk full or pipe closed)");
            return EXIT_WRITE_FAILED;
        }
        return status;
    }

    @Mixin
    DetailOptions detail = new DetailOptions();

    @Mixin
    AssertOptions asserts = new AssertOptions();

    @Override
    public Integer call() {
        // A fresh report command holds the defaults: every variant, all properties, out to report/.
        ReportCommand report = new ReportCommand();
        report.detail = detail;
        report.asserts = asserts;
        return report.call();
    }
}
