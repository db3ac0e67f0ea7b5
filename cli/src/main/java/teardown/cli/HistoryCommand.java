package teardown.cli;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import teardown.model.Configuration;
import teardown.properties.TraceText;
import teardown.properties.history.HistoryCase;
import teardown.properties.history.HistoryCheck;

/**
 * {@code teardown history}: blkback's own history of fixed bugs, reproduced. For each case the code
 * right before the fix must violate the named property, with its shortest trace, and the code right
 * after it must keep it (docs/model/history.md).
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Reproduce blkback's fixed bugs: before each fix the named property is violated (with its shortest trace), after it the property holds.")
final class HistoryCommand implements Callable<Integer> {

    @Mixin
    OutputFormat format = new OutputFormat();

    @Option(names = "--case", paramLabel = "C", description = "one case's id, or all (repeatable; default all)")
    java.util.List<String> cases;

    @Mixin
    SearchLimit limit = new SearchLimit();

    @Override
    public Integer call() {
        boolean json = format.json();
        SearchLimit.requireValid(limit.maxStates);
        List<HistoryCase> chosen = Choices.parse("--case", cases, HistoryCase.ALL, HistoryCase::id, HistoryCase.ALL);
        List<HistoryCheck> checks = chosen.map(c -> HistoryCheck.of(c, limit.maxStates));
        System.out.print(json ? json(checks) : text(checks));
        boolean cutShort = checks.exists(h -> h.beforeOutcome().verdict() == teardown.checker.Verdict.INCOMPLETE
                || h.afterOutcome().verdict() == teardown.checker.Verdict.INCOMPLETE);
        return cutShort ? Main.EXIT_INCOMPLETE : 0;
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

    private static String verdict(teardown.checker.Outcome<?, ?> o) {
        return o.verdict().id() + o.trace().map(t -> " (" + t.length() + ")").getOrElse("");
    }

    static String json(List<HistoryCheck> checks) {
        return Json.write(LinkedHashMap.<String, Object>empty().put("cases", checks.map(h -> (Object) LinkedHashMap.<String, Object>empty()
                .put("id", h.historyCase().id())
                .put("title", h.historyCase().title())
                .put("source", h.historyCase().source())
                .put("before", side(h.historyCase().before(), h.historyCase(), h.beforeOutcome(), true))
                .put("after", side(h.historyCase().after(), h.historyCase(), h.afterOutcome(), false))
                .put("reproduced", h.reproduced())
                .put("why_not", h.whyNot().getOrNull()))));
    }

    private static Map<String, Object> side(Configuration c, HistoryCase h, teardown.checker.Outcome<teardown.model.TeardownState, teardown.model.Step> o,
                                            boolean withTrace) {
        Map<String, Object> m = MatrixJson.configuration(c)
                .put("property", h.property().id())
                .put("verdict", o.verdict().id());
        return withTrace ? m.put("counterexample", o.trace().map(t -> (Object) MatrixJson.trace(t)).getOrNull()) : m;
    }
}
