package teardown.diagrams;

import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import teardown.model.Configuration;
import teardown.properties.SafetyVerdict;
import teardown.properties.VariantResult;
import teardown.timing.Blackout;
import teardown.timing.BlackoutAnalysis;
import teardown.timing.BlackoutSweep;
import teardown.timing.BlackoutText;
import teardown.timing.MemorySizes;
import teardown.timing.TimingTable;

/**
 * The report's blackout page: what each design costs the guest in seconds, beside its safety
 * verdict, as a table and as a plot against guest memory ({@code blackout.svg}), with the worst
 * run of each variant at the largest size.
 */
public final class BlackoutPage {

    public static final String FILE = "blackout.html";
    public static final String PLOT = "blackout.svg";

    private BlackoutPage() {
    }

    /** Analyses the variants' blackout with the default timing and writes the page and its plot. */
    public static void write(List<VariantResult> results, Path out) throws IOException {
        List<Double> memories = MemorySizes.DEFAULT;
        TimingTable table = TimingTable.defaults();
        List<List<Blackout>> blackouts = BlackoutSweep.run(results.map(VariantResult::configuration), table, memories,
                BlackoutAnalysis.DEFAULT_MAX_PREFIXES);
        Files.writeString(out.resolve(PLOT), plot(results, blackouts, memories), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(FILE), render(results, blackouts, table), StandardCharsets.UTF_8);
    }

    /** The plot as SVG: worst-case blackout against memory, a panel per disk, unsafe designs dashed red. */
    public static String plot(List<VariantResult> results, List<List<Blackout>> blackouts, List<Double> memories) {
        return BlackoutPlot.svg(results.zip(blackouts).map(t -> new BlackoutPlot.Series(disk(t._1.configuration()),
                design(t._1.configuration()), t._2.map(Blackout::worst), SafetyVerdict.of(t._1).safe())), memories);
    }

    private static String disk(Configuration c) {
        return c.diskId();
    }

    private static String design(Configuration c) {
        return c.driver().id() + "/" + c.toolstack().id() + (c.hazards().isEmpty() ? "" : "+" + c.hazards().map(h -> h.id()).mkString("+"));
    }

    static String render(List<VariantResult> results, List<List<Blackout>> blackouts, TimingTable table) {
        StringBuilder body = new StringBuilder("<h1>Blackout: what each design costs the guest</h1>\n"
                + "<p>Seconds from the final suspend until the target runs, best and worst over every run of the model, with the "
                + "actors' steps overlapping in time; and the longest time xenwatch spends in one callback. <em>never</em>: some run "
                + "never gets there. The safety verdict is the checker's, beside the cost. <a href=\"index.html\">Back to the verdict matrix</a>.</p>\n");
        body.append(Html.figure(PLOT, "worst-case blackout against guest memory; dashed red: unsafe designs"));
        body.append("<table>\n<tr><th>variant</th><th>memory</th><th>best</th><th>worst</th><th>xenwatch</th><th>safety</th></tr>\n");
        for (int i = 0; i < results.size(); i++) {
            SafetyVerdict v = SafetyVerdict.of(results.get(i));
            for (Blackout b : blackouts.get(i)) {
                body.append("<tr><td>").append(Html.escape(b.configuration().label())).append("</td><td class=\"num\">")
                        .append(MemorySizes.format(b.memoryGib())).append("</td><td class=\"num\">").append(BlackoutText.seconds(b.best()))
                        .append("</td><td class=\"num\">").append(BlackoutText.seconds(b.worst()) + (b.complete() ? "" : " (incomplete)"))
                        .append("</td><td class=\"num\">").append(BlackoutText.seconds(b.xenwatchWorst()))
                        .append("</td><td class=\"").append(v.safe() ? "holds" : v.incomplete() ? "incomplete" : "violated").append("\">")
                        .append(Html.escape(v.summary())).append("</td></tr>\n");
            }
        }
        body.append("</table>\n<h2>Worst runs at ").append(MemorySizes.format(MemorySizes.DEFAULT.last()))
                .append(", critical path marked *</h2>\n");
        blackouts.map(List::last).forEach(b -> body.append("<pre>").append(Html.escape(BlackoutText.trace(b))).append("</pre>\n"));
        body.append("<h2>Timing defaults</h2>\n<table>\n<tr><th>key</th><th>kind</th><th>default</th><th>source</th></tr>\n");
        table.entries().forEach(e -> body.append("<tr><td>").append(Html.escape(e.key())).append("</td><td>")
                .append(e.kind().name().toLowerCase().replace('_', '-')).append("</td><td>").append(Html.escape(e.interval().toString()))
                .append("</td><td>").append(Html.escape(e.source())).append("</td></tr>\n"));
        body.append("</table>\n");
        return Html.page("teardown: blackout", body.toString());
    }
}
