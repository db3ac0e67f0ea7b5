package teardown.cli;

import io.vavr.collection.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import teardown.properties.PropertyId;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;

/** {@code teardown check}: exhaustively checks every selected variant and prints the verdict matrix. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every driver x toolstack x disk combination exhaustively and print the verdict matrix.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--driver", paramLabel = "D", description = "stock, unpatched, patched, upstream or all (repeatable; default all)")
    java.util.List<String> drivers;

    @Option(names = "--toolstack", paramLabel = "T", description = "xend31, xendpatched or all (repeatable; default all)")
    java.util.List<String> toolstacks;

    @Option(names = "--disk", paramLabel = "K", description = "healthy, hung, slow, dead or all (repeatable; default healthy, hung, slow)")
    java.util.List<String> disks;

    @Option(names = "--requests", paramLabel = "N", description = "requests outstanding at suspend, every split between ring and disk (default ${DEFAULT-VALUE})")
    int requests = teardown.model.Configuration.DEFAULT_REQUESTS;

    @Option(names = "--hazard", paramLabel = "H", description = "a seeded fault, a+b for several at once, all to sweep each alone (repeatable; see 'teardown hazards')")
    java.util.List<String> hazards;

    @Option(names = "--property", paramLabel = "P", description = "a property id or all (repeatable; default: the four safety properties)")
    java.util.List<String> properties;

    @Option(names = "--max-states", paramLabel = "M", description = "stop a search after M distinct states; its verdicts become incomplete (default ${DEFAULT-VALUE})")
    long maxStates = VariantCheck.DEFAULT_MAX_STATES;

    @Option(names = "--format", paramLabel = "F", description = "text or json (default ${DEFAULT-VALUE})")
    String format = "text";

    @Override
    public Integer call() {
        return run(this, PropertyId.safety());
    }

    /** Shared with the main job, which checks the same way before it writes the report. */
    static int run(CheckCommand opts, List<PropertyId> defaultProperties) {
        if (!opts.format.equals("text") && !opts.format.equals("json")) {
            throw new BadInput("unknown value '" + opts.format + "' for --format (valid: text, json)");
        }
        Selection sel = Selection.parse(opts.drivers, opts.toolstacks, opts.disks, opts.requests, opts.hazards,
                opts.properties, opts.maxStates, defaultProperties);
        long start = System.nanoTime();
        List<VariantResult> results = MatrixRun.run(sel, System.err);
        List<String> skipped = sel.skipped();
        System.out.print(opts.format.equals("json") ? MatrixJson.render(sel, results, skipped) : MatrixText.render(sel, results, skipped));
        if (opts.format.equals("text")) {
            System.out.printf("%nchecked %d variant(s), %,d states in all, in %.2f s%n", results.size(),
                    results.map(r -> r.statistics().states()).sum().longValue(), (System.nanoTime() - start) / 1e9);
        }
        return results.exists(r -> !r.statistics().complete()) ? Main.EXIT_INCOMPLETE : 0;
    }
}
