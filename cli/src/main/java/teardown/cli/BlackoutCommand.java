package teardown.cli;

import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import teardown.diagrams.BlackoutPage;
import teardown.properties.PropertyId;
import teardown.properties.VariantResult;
import teardown.timing.Blackout;
import teardown.timing.BlackoutSweep;
import teardown.timing.MemorySizes;
import teardown.timing.TimingTable;

/**
 * {@code teardown blackout}: for each selected variant and guest memory size, how long the guest
 * is paused (best and worst over every run) and how long xenwatch is held in one callback, beside
 * the variant's safety verdict.
 */
@Command(name = "blackout", mixinStandardHelpOptions = true,
        description = "Blackout per variant and guest memory size: best and worst seconds from the final suspend until the "
                + "target runs, over every run of the model, the longest xenwatch callback, and the safety verdict beside them.")
final class BlackoutCommand implements Callable<Integer> {

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Mixin
    SearchLimit limit = new SearchLimit();

    @Option(names = "--memory", paramLabel = "SIZES", description = "guest memory sizes, comma-separated, with M, G or T (default ${DEFAULT-VALUE})")
    String memory = "1G,4G,16G,64G";

    @Option(names = "--timing", paramLabel = "FILE", description = "override timing rows: one 'key = VALUE' or 'key = MIN..MAX' per line (see --timing-table)")
    Path timing;

    @Option(names = "--timing-table", description = "print the timing table in use (keys, defaults, sources) and exit")
    boolean showTable;

    @Option(names = "--traces", description = "print the worst-case run of each variant at the largest memory size, critical path marked")
    boolean traces;

    @Option(names = "--plot", paramLabel = "FILE", description = "also write the plot (worst case against memory, unsafe designs dashed red) as SVG to FILE")
    Path plot;

    @Mixin
    OutputFormat output = new OutputFormat();

    @Override
    public Integer call() {
        boolean json = output.json();
        TimingTable table = timingTable(timing);
        List<Double> memories = memorySizes(memory);
        if (showTable) {
            System.out.print(table.markdown());
            return 0;
        }
        Selection sel = selection.parse(null, PropertyId.safety(), limit.maxStates).requireOneDevice("blackout");
        List<VariantResult> verdicts = MatrixRun.run(sel, false, new VerdictsSoFar(sel));
        List<List<Blackout>> blackouts = BlackoutSweep.run(sel.configurations(), table, memories, limit.maxStates);
        if (plot != null) {
            try {
                Files.writeString(plot, BlackoutPage.plot(verdicts, blackouts, memories), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw BadInput.value("--plot", plot.toString(), "a file teardown can write, and here: " + IoReason.of(e));
            }
        }
        String timingName = timing == null ? "defaults" : timing.toString();
        System.out.print(json ? BlackoutReport.json(verdicts, blackouts, memories, timingName, table)
                : BlackoutReport.text(verdicts, blackouts, timingName, traces));
        boolean incomplete = verdicts.exists(r -> !r.statistics().complete()) || blackouts.flatMap(b -> b).exists(b -> !b.complete());
        return incomplete ? Main.EXIT_INCOMPLETE : 0;
    }

    static List<Double> memorySizes(String text) {
        try {
            return MemorySizes.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
    }

    static TimingTable timingTable(Path file) {
        if (file == null) {
            return TimingTable.defaults();
        }
        String valid = "a UTF-8 text file of 'key = VALUE' lines (see --timing-table), and here: ";
        if (Files.isDirectory(file)) {
            throw BadInput.value("--timing", file.toString(), valid + "it is a folder");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw BadInput.value("--timing", file.toString(), valid + IoReason.of(e));
        }
        try {
            return TimingTable.defaults().override(text);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--timing " + file + ": " + e.getMessage());
        }
    }
}
