package teardown.cli;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import teardown.checker.Outcome;
import teardown.diagrams.HistoryPage;
import teardown.diagrams.Renderer;
import teardown.model.Catalogue;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.VariantCheck;
import teardown.properties.TraceText;
import teardown.properties.history.HistoryCase;
import teardown.properties.history.HistoryCheck;

/**
 * {@code teardown history}: blkback's own history of fixed bugs, reproduced. For each case the code
 * right before the fix must violate the named property, with its shortest trace, and the code right
 * after it must keep it (docs/model/history.md).
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Reproduce blkback's fixed bugs: before each fix the named property is violated (with its shortest trace), after it the property holds.",
                "With --report DIR it also writes DIR/history.html for the design-review report: the table, and each case's shortest "
                        + "counterexample as a sequence diagram and a trace. The main job (teardown, teardown report) does not run the "
                        + "history, which takes longer than the whole default run: its index links the page when the folder holds it, "
                        + "and otherwise names this command. Either may run first (docs/report.md)."})
final class HistoryCommand implements Callable<Integer> {

    @Mixin
    OutputFormat format = new OutputFormat();

    @Option(names = "--case", paramLabel = "C", description = "one case's id, or all (repeatable; default all)")
    java.util.List<String> cases;

    @Mixin
    SearchLimit limit = new SearchLimit();

    @Mixin
    DesignOption design = new DesignOption();

    @Option(names = "--report", paramLabel = "DIR", description = "also write the report's history page into DIR, usually the report folder"
            + " (history.html and its sequence diagrams); an index.html there then links it. --case narrows it; --design's rows are not on it")
    Path report;

    @Mixin
    EngineOption engine = new EngineOption();

    @Override
    public Integer call() {
        boolean json = format.json();
        SearchLimit.requireValid(limit.maxStates);
        Catalogue catalogue = design.catalogue();
        List<HistoryCase> chosen = Choices.parse("--case", cases, HistoryCase.ALL, HistoryCase::id, HistoryCase.ALL);
        // A bad --engine or an unwritable --report is refused before the cases are searched, and after
        // the other input, so a bad --case does not leave a new folder behind.
        io.vavr.control.Option<Renderer> renderer = io.vavr.control.Option.of(report).map(r -> engine.renderer());
        renderer.forEach(r -> OutFolder.writable("--report", report));
        List<HistoryCheck> checks = chosen.map(c -> HistoryCheck.of(c, limit.maxStates));
        List<DesignCase> designs = catalogue.designDrivers().flatMap(d -> chosen.map(c -> DesignCase.of(c, d, limit.maxStates)));
        List<String> notes = catalogue.designs().filter(d -> !(d.variant() instanceof teardown.model.Driver))
                .map(d -> "the history varies the driver only: " + d + " is not checked here; use 'teardown check --design'");
        System.out.print(json ? json(checks, designs, notes) : text(checks) + designText(designs, notes));
        renderer.forEach(r -> writePage(checks, r, json ? System.err : System.out));
        boolean cutShort = checks.exists(h -> h.beforeOutcome().verdict() == teardown.checker.Verdict.INCOMPLETE
                || h.afterOutcome().verdict() == teardown.checker.Verdict.INCOMPLETE)
                || designs.exists(d -> d.outcome().exists(o -> o.verdict() == teardown.checker.Verdict.INCOMPLETE));
        return cutShort ? Main.EXIT_INCOMPLETE : 0;
    }

    /** The report's history page; a JSON document on stdout stays one document, so its note then goes to stderr. */
    private void writePage(List<HistoryCheck> checks, Renderer renderer, java.io.PrintStream note) {
        Renderer.Rendered rendered;
        try (RenderingProgress progress = new RenderingProgress()) {
            rendered = HistoryPage.write(checks, report, renderer, progress);
        }
        note.print(Wrap.text(String.format("history page written to %s (%d diagrams: %d drawn with the %s in %.1f s, the rest unchanged"
                + " since the last run)", report.resolve(HistoryPage.FILE), rendered.diagrams(), rendered.drawn(), rendered.engine(),
                rendered.seconds()), "", "  "));
    }

    /**
     * A reviewer's driver on one history case: the case's scenario with the design in place of the
     * fixed code, checked against the case's property. Does the design bring the old bug back?
     */
    record DesignCase(HistoryCase historyCase, teardown.model.Driver driver, Configuration configuration,
                      io.vavr.control.Option<String> skipped, io.vavr.control.Option<Outcome<TeardownState, Step>> outcome) {

        static DesignCase of(HistoryCase c, teardown.model.Driver d, long maxStates) {
            Configuration config = c.after().withDriver(d);
            io.vavr.control.Option<String> why = config.rings() > d.maxRings()
                    ? io.vavr.control.Option.some("the case needs " + config.rings() + " rings and driver " + d.id() + " has " + d.maxRings())
                    : config.toolstack().cannotDrive(d).orElse(() -> config.frontend().cannotRun(config.scenario()));
            if (why.isDefined()) {
                return new DesignCase(c, d, config, why, io.vavr.control.Option.none());
            }
            return new DesignCase(c, d, config, why, io.vavr.control.Option.some(
                    VariantCheck.run(config, List.of(c.property()), maxStates, p -> { }).withoutGraph().properties().head()));
        }

        String verdict() {
            return skipped.isDefined() ? "skipped" : HistoryCommand.verdict(outcome.get());
        }
    }

    static String designText(List<DesignCase> designs, List<String> notes) {
        StringBuilder s = new StringBuilder();
        if (!designs.isEmpty()) {
            s.append("\nYour designs on the history's cases: each case's scenario with the design in place of the fixed code;"
                    + " violated means the design brings that bug back.\n\n");
            String row = "%-22s %-24s %-24s %s%n";
            s.append(String.format(row, "case", "property", "design", "verdict"));
            designs.forEach(d -> s.append(String.format(row, d.historyCase().id(), d.historyCase().property().id(), d.driver().id(),
                    d.verdict() + d.skipped().map(w -> ": " + w).getOrElse(""))));
            designs.forEach(d -> d.outcome().flatMap(Outcome::trace).forEach(t -> s.append("\n== design ").append(d.driver().id())
                    .append(" on ").append(d.historyCase().id()).append(": ").append(d.historyCase().property().id()).append(" is violated by ")
                    .append(d.configuration().label()).append(", shortest counterexample, ").append(t.length()).append(" steps ==\n")
                    .append(TraceText.render(t))));
        }
        notes.forEach(n -> s.append("note: ").append(n).append('\n'));
        return s.toString();
    }

    static String text(List<HistoryCheck> checks) {
        StringBuilder s = new StringBuilder("blkback's history, reproduced: before each fix the property is violated, after it it holds.\n\n");
        String row = "%-22s %-24s %-16s %-14s %-14s %s%n";
        s.append(String.format(row, "case", "property", "before", "after", "reproduced", "variants (before -> after)"));
        for (HistoryCheck h : checks) {
            HistoryCase c = h.historyCase();
            s.append(String.format(row, c.id(), c.property().id(), verdict(h.beforeOutcome()), h.afterOutcome().verdict().id(),
                    h.reproduced() ? "yes" : "NO", c.before().label() + " -> " + c.after().driver().id()));
        }
        for (HistoryCheck h : checks) {
            HistoryCase c = h.historyCase();
            s.append("\n== ").append(c.id()).append(": ").append(c.title()).append(" (").append(c.source()).append(") ==\n");
            h.whyNot().forEach(w -> s.append("not reproduced: ").append(w).append('\n'));
            h.beforeOutcome().trace().forEach(t -> s.append("before the fix, ").append(c.property().id()).append(" is violated by ")
                    .append(c.before().label()).append(", shortest counterexample, ").append(t.length()).append(" steps:\n")
                    .append(TraceText.render(t)));
        }
        return s.toString();
    }

    static String verdict(teardown.checker.Outcome<?, ?> o) {
        return HistoryCheck.verdictWithSteps(o);
    }

    static String json(List<HistoryCheck> checks) {
        return json(checks, List.empty(), List.empty());
    }

    static String json(List<HistoryCheck> checks, List<DesignCase> designs, List<String> notes) {
        Map<String, Object> doc = LinkedHashMap.<String, Object>empty().put("cases", checks.map(h -> (Object) LinkedHashMap.<String, Object>empty()
                .put("id", h.historyCase().id())
                .put("title", h.historyCase().title())
                .put("source", h.historyCase().source())
                .put("before", side(h.historyCase().before(), h.historyCase(), h.beforeOutcome(), true))
                .put("after", side(h.historyCase().after(), h.historyCase(), h.afterOutcome(), false))
                .put("reproduced", h.reproduced())
                .put("why_not", h.whyNot().getOrNull())));
        if (designs.isEmpty() && notes.isEmpty()) {
            return Json.write(doc);
        }
        return Json.write(doc.put("designs", designs.map(d -> (Object) MatrixJson.configuration(d.configuration())
                        .put("case", d.historyCase().id())
                        .put("property", d.historyCase().property().id())
                        .put("verdict", d.skipped().isDefined() ? "skipped" : d.outcome().get().verdict().id())
                        .put("skipped", d.skipped().getOrNull())
                        .put("counterexample", d.outcome().flatMap(Outcome::trace).map(t -> (Object) MatrixJson.trace(t)).getOrNull())))
                .put("notes", notes.map(n -> (Object) n)));
    }

    private static Map<String, Object> side(Configuration c, HistoryCase h, teardown.checker.Outcome<teardown.model.TeardownState, teardown.model.Step> o,
                                            boolean withTrace) {
        Map<String, Object> m = MatrixJson.configuration(c)
                .put("property", h.property().id())
                .put("verdict", o.verdict().id());
        return withTrace ? m.put("counterexample", o.trace().map(t -> (Object) MatrixJson.trace(t)).getOrNull()) : m;
    }
}
