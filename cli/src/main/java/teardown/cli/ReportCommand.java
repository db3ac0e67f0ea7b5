package teardown.cli;

import io.vavr.collection.List;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import teardown.diagrams.IndexPage;
import teardown.diagrams.Renderer;
import teardown.diagrams.ReportDiagrams;
import teardown.diagrams.ReportFolder;
import teardown.properties.PropertyId;
import teardown.properties.VariantResult;

/**
 * {@code teardown report}: checks like {@code check}, prints the verdict matrix, and writes the
 * design-review report (index.html, a page per variant, every diagram as .dot and .svg).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Check the selected variants and write the design-review report: verdict matrix, counterexample "
                + "traces and sequence diagrams, each actor's state machine, the state graphs. Opens from disk in a browser.")
final class ReportCommand implements Callable<Integer> {

    /** Where the main job writes, relative to the working directory (ignored by git). */
    static final String DEFAULT_OUT = "report";

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Mixin
    SearchLimit limit = new SearchLimit();

    @Option(names = "--property", paramLabel = "P", description = "a property id or all (repeatable; default: all six, liveness included)")
    java.util.List<String> properties;

    @Option(names = "--out", paramLabel = "DIR", description = "the folder to write the report into (default ${DEFAULT-VALUE})")
    Path out = Path.of(DEFAULT_OUT);

    @Mixin
    AssertOptions asserts = new AssertOptions();

    @Mixin
    EngineOption engine = new EngineOption();

    @Mixin
    DetailOptions detail = new DetailOptions();

    @Option(names = "--diagrams", paramLabel = "SET", description = "key (default: per property the shortest counterexample per toolstack and per driver, "
            + "the patch's comparisons per toolstack, each driver's machines once) or all (every diagram of every variant; slow without native dot)")
    String diagrams = ReportDiagrams.Scope.KEY.id();

    @Override
    public Integer call() {
        Selection sel = selection.parse(properties, PropertyId.all(), limit.maxStates).withAssertions(asserts.parse());
        ReportDiagrams.Scope scope = List.of(ReportDiagrams.Scope.values()).find(v -> v.id().equals(diagrams))
                .getOrElseThrow(() -> BadInput.value("--diagrams", diagrams, "key, all"));
        Renderer renderer = engine.renderer(); // a bad --engine is reported before the folder is created
        OutFolder.writable("--out", out);
        long start = System.nanoTime();
        VerdictsSoFar soFar = new VerdictsSoFar(sel);
        List<VariantResult> results;
        Detail shown = detail.detail();
        try (CtrlC ctrlC = CtrlC.prints(() -> MatrixText.overview(sel, soFar.results(), sel.skipped(), shown)
                + CheckCommand.closing(sel, soFar.results(), start), soFar::progressNote)) {
            results = MatrixRun.run(sel, true, soFar);
            if (!ctrlC.claimOutput()) {
                return Main.EXIT_INTERRUPTED; // the hook printed; the JVM is on its way out with 130
            }
            System.out.print(MatrixText.overview(sel, results, sel.skipped(), shown));
            System.out.print(CheckCommand.closing(sel, results, start));
        }
        // A variant no search settled has no graph to draw; the matrix above lists it as incomplete.
        Renderer.Rendered rendered;
        try (RenderingProgress progress = new RenderingProgress()) {
            rendered = ReportFolder.write(results.reject(VerdictsSoFar::isUnsettled), sel.columns(), out, renderer, scope, progress);
        }
        System.out.print(Wrap.text(String.format("report written to %s (%d diagrams, %s set: %d drawn with the %s in %.1f s, the rest"
                        + " unchanged since the last run)", out.resolve(IndexPage.FILE), rendered.diagrams(), scope.id(), rendered.drawn(),
                rendered.engine(), rendered.seconds()), "", "  "));
        return CheckCommand.exitStatus(results);
    }
}
