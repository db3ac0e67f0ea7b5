package teardown.cli;

import io.vavr.collection.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import teardown.properties.PropertyId;
import teardown.properties.VariantResult;

/** {@code teardown check}: exhaustively checks every selected variant and prints the verdict matrix. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every driver x toolstack x disk combination exhaustively and print the verdict matrix.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SelectionOptions selection;

    @Mixin
    SearchLimit limit;

    @Option(names = "--property", paramLabel = "P", description = "a property id or all (repeatable; default: the four safety properties)")
    java.util.List<String> properties;

    @Mixin
    AssertOptions asserts = new AssertOptions();

    @Mixin
    OutputFormat output;

    @Mixin
    DetailOptions detail = new DetailOptions();

    @Override
    public Integer call() {
        boolean json = output.json();
        Selection sel = selection.parse(properties, PropertyId.safety(), limit.maxStates).withAssertions(asserts.parse());
        long start = System.nanoTime();
        VerdictsSoFar soFar = new VerdictsSoFar(sel);
        Detail shown = detail.detail();
        try (CtrlC ctrlC = CtrlC.prints(() -> render(sel, soFar.results(), json, shown, start), soFar::progressNote)) {
            List<VariantResult> results = MatrixRun.run(sel, false, soFar);
            if (!ctrlC.claimOutput()) {
                return Main.EXIT_INTERRUPTED; // the hook printed; the JVM is on its way out with 130
            }
            System.out.print(render(sel, results, json, shown, start));
            return exitStatus(results);
        }
    }

    private static String render(Selection sel, List<VariantResult> results, boolean json, Detail detail, long start) {
        List<String> skipped = sel.skipped();
        return json ? MatrixJson.render(sel, results, skipped) : MatrixText.render(sel, results, skipped, detail) + closing(sel, results, start);
    }

    /** The closing line of a text run; the report command prints it too. */
    static String closing(Selection sel, List<VariantResult> results, long startNanos) {
        return String.format("%nchecked %d variant(s), %,d states in all (largest variant %,d; limit %,d each), in %.2f s%n", results.size(),
                results.map(r -> r.statistics().states()).sum().longValue(), results.map(r -> r.statistics().states()).max().getOrElse(0L), sel.maxStates(), (System.nanoTime() - startNanos) / 1e9);
    }

    static int exitStatus(List<VariantResult> results) {
        return results.exists(r -> !r.statistics().complete()) ? Main.EXIT_INCOMPLETE : 0;
    }
}
