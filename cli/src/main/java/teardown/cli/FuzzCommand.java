package teardown.cli;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import teardown.model.Configuration;
import teardown.model.Hazard;
import teardown.properties.PropertyId;
import teardown.properties.TraceText;
import teardown.properties.VariantCheck;
import teardown.properties.schedule.Finding;
import teardown.properties.schedule.RandomSearch;

/**
 * {@code teardown fuzz}: random schedules instead of exhaustive search, so it reaches request
 * counts the checker cannot enumerate. Finding nothing proves nothing, so it never says "holds".
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Search each selected variant with seeded random schedules; print the shortest violating schedule found, as a trace.")
final class FuzzCommand implements Callable<Integer> {

    @Mixin
    SelectionOptions selection;

    @Option(names = "--property", paramLabel = "P", description = "a property id or all (repeatable; default: the four safety properties; "
            + "liveness is judged only as 'a run stops with xenwatch blocked / the migration unfinished')")
    java.util.List<String> properties;

    @Option(names = "--tries", paramLabel = "N", description = "random schedules per variant (default ${DEFAULT-VALUE})")
    int tries = 1000;

    @Option(names = "--seed", paramLabel = "S", description = "the random seed; the same seed gives the same schedules (default ${DEFAULT-VALUE})")
    long seed = 1;

    /**
     * A schedule is drawn whole before it is played, so its length is memory; runs end after a few
     * hundred steps even at 64 requests (the default there is 320), so this leaves 30 times that.
     */
    static final int MAX_STEPS = 10_000;

    @Option(names = "--max-steps", paramLabel = "M", description = "longest schedule tried, 1 to 10000 (default: 4 x requests + 64)")
    Integer maxSteps;

    @Mixin
    OutputFormat output;

    @Override
    public Integer call() {
        boolean json = output.json();
        if (tries < 1) {
            throw BadInput.value("--tries", Integer.toString(tries), "1 or more");
        }
        if (maxSteps != null && (maxSteps < 1 || maxSteps > MAX_STEPS)) {
            throw BadInput.value("--max-steps", Integer.toString(maxSteps), "1 to " + MAX_STEPS);
        }
        // No exhaustive search here, so no state limit: schedules are bounded by --max-steps instead.
        Selection sel = selection.parse(properties, PropertyId.safety(), VariantCheck.DEFAULT_MAX_STATES).requireOneDevice("fuzz");
        AtomicReference<List<Searched>> searched = new AtomicReference<>(List.empty());
        try (CtrlC ctrlC = CtrlC.prints(() -> render(sel, searched.get(), json), () -> progressNote(sel, searched.get()))) {
            for (Configuration c : sel.configurations()) {
                Searched s = search(c, sel.properties());
                List<Searched> soFar = searched.updateAndGet(l -> l.append(s));
                if (sel.configurations().size() > 1) {
                    System.err.printf("  ... fuzzed %s (%d of %d), %.2f s%n", c.label(), soFar.size(), sel.configurations().size(), s.seconds());
                }
            }
            if (!ctrlC.claimOutput()) {
                return Main.EXIT_INTERRUPTED; // the hook printed; the JVM is on its way out with 130
            }
            System.out.print(render(sel, searched.get(), json));
            return 0;
        }
    }

    /** The findings of the variants searched; on Ctrl-C, the variants not searched are listed as such. */
    private String render(Selection sel, List<Searched> results, boolean json) {
        List<Configuration> notSearched = sel.configurations().drop(results.size());
        return json ? json(sel, results, notSearched) : text(sel, results, notSearched);
    }

    private static String progressNote(Selection sel, List<Searched> results) {
        return results.size() + " of " + sel.configurations().size() + " variant(s) searched; the rest were not";
    }

    /** One variant's findings and how long the search and shrinking took. */
    private record Searched(Configuration configuration, int maxSteps, List<Finding> findings, double seconds) {
    }

    private Searched search(Configuration c, List<PropertyId> properties) {
        int steps = maxSteps != null ? maxSteps : RandomSearch.defaultMaxSteps(c);
        long start = System.nanoTime();
        List<Finding> findings = RandomSearch.search(c, properties, tries, seed, steps);
        return new Searched(c, steps, findings, (System.nanoTime() - start) / 1e9);
    }

    private String text(Selection sel, List<Searched> results, List<Configuration> notSearched) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("teardown fuzz: %d variant(s), %d request(s) outstanding at suspend, %d random schedule(s) each, seed %d%n%n",
                results.size(), sel.requests(), tries, seed));
        int width = Math.max(28, sel.configurations().map(c -> c.label().length()).max().getOrElse(0) + 2);
        for (Searched r : results) {
            out.append(String.format("%s(%.2f s, schedules up to %d steps)%n",
                    String.format("%-" + width + "s", r.configuration().label()), r.seconds(), r.maxSteps()));
            for (Finding f : r.findings()) {
                out.append(String.format("  %-27s %s%n", f.property().id(), f.violated()
                        ? String.format("violation found at try %d of %d (seed %d): %d steps, shrunk to %d",
                        f.triesUsed(), f.tries(), f.seed(), f.found().get().path().length(), f.counterexample().get().length())
                        : String.format("no violation found in %d tries (seed %d)", f.tries(), f.seed())));
            }
        }
        notSearched.forEach(c -> out.append(String.format("%s(not searched: interrupted)%n", String.format("%-" + width + "s", c.label()))));
        sel.skipped().forEach(s -> out.append("note: ").append(s).append('\n'));
        for (Searched r : results) {
            for (Finding f : r.findings().filter(Finding::violated)) {
                out.append(String.format("%n== %s violated by %s: found at try %d with seed %d, shrunk to %d steps ==%n",
                        f.property().id(), r.configuration().label(), f.triesUsed(), f.seed(), f.counterexample().get().length()));
                out.append("  schedule: ").append(f.shrunk().get().played()).append('\n');
                out.append(TraceText.render(f.counterexample().get()));
            }
        }
        return out.toString();
    }

    private String json(Selection sel, List<Searched> results, List<Configuration> notSearched) {
        Map<String, Object> config = MatrixJson.selection(sel)
                .put("tries", tries)
                .put("seed", seed);
        List<Object> rows = results.flatMap(r -> r.findings().map(f -> (Object) row(r, f)));
        Map<String, Object> all = LinkedHashMap.<String, Object>empty()
                .put("config", config)
                .put("results", rows)
                .put("skipped", sel.skipped().map(s -> (Object) s));
        // Only a run cut short by Ctrl-C has variants it never searched.
        return Json.write(notSearched.isEmpty() ? all : all.put("not_searched", notSearched.map(c -> (Object) c.label())));
    }

    private static Map<String, Object> row(Searched r, Finding f) {
        Configuration c = r.configuration();
        return LinkedHashMap.<String, Object>empty()
                .put("driver", c.driver().id())
                .put("toolstack", c.toolstack().id())
                .put("disk", c.diskId())
                .put("frontend", c.frontend().id())
                .put("hazards", c.hazards().toList().map(h -> (Object) h.id()))
                .put("property", f.property().id())
                .put("found", f.violated())
                .put("tries_used", f.triesUsed())
                .put("tries", f.tries())
                .put("seed", f.seed())
                .put("max_steps", r.maxSteps())
                .put("seconds", r.seconds())
                .put("found_length", f.found().map(i -> (Object) i.path().length()).getOrNull())
                .put("schedule", f.shrunk().map(s -> (Object) LinkedHashMap.<String, Object>empty()
                        .put("start", s.played().start())
                        .put("choices", s.played().choices().map(x -> (Object) x))).getOrNull())
                .put("counterexample", f.counterexample().map(p -> (Object) MatrixJson.trace(p)).getOrNull());
    }
}
