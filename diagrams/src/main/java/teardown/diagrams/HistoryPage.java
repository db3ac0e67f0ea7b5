package teardown.diagrams;

import io.vavr.collection.List;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import teardown.checker.Outcome;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.TraceText;
import teardown.properties.history.HistoryCase;
import teardown.properties.history.HistoryCheck;

/**
 * The report's page for blkback's own history (docs/model/history.md): the cases as {@code teardown
 * history} prints them, and each case's shortest counterexample before its fix as the variant pages
 * show one, a sequence diagram above the text trace. It is written by {@code teardown history
 * --report DIR}, not by the main job: the six cases cost more than the whole default run
 * (docs/report.md#blkbacks-own-history).
 */
public final class HistoryPage {

    public static final String FILE = "history.html";

    private HistoryPage() {
    }

    /**
     * Draws the counterexamples (a diagram whose DOT text is unchanged is not drawn again), writes
     * the page into {@code out}, and makes an index already there link it.
     */
    public static Renderer.Rendered write(List<HistoryCheck> checks, Path out, Renderer renderer, Renderer.Progress progress) {
        Renderer.Rendered rendered = renderer.render(diagrams(checks), out, progress);
        try {
            Files.writeString(out.resolve(FILE), render(checks), StandardCharsets.UTF_8);
            HistoryLink.relink(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the history page into " + out + ": " + e.getMessage(), e);
        }
        return rendered;
    }

    /** The sequence diagram of every case that has a counterexample before its fix. */
    public static List<Diagram> diagrams(List<HistoryCheck> checks) {
        return checks.flatMap(h -> counterexample(h).map(o -> ReportDiagrams.sequence(h.historyCase().before(), o)));
    }

    public static String render(List<HistoryCheck> checks) {
        StringBuilder body = new StringBuilder("<p><a href=\"" + IndexPage.FILE + "\">back to the verdict matrix</a></p>\n"
                + "<h1>blkback's own history, reproduced</h1>\n"
                + "<p>Each case is a real bug fixed upstream. The code right before the fix must violate the case's property, with"
                + " a shortest counterexample; the code right after it must hold it, in the same scenario with the same toolstack"
                + " and disk. The number after a verdict is the counterexample's length in steps. Each case's sources and how sure"
                + " we are of them: docs/model/history.md in the repository.</p>\n");
        body.append(table(checks));
        for (HistoryCheck h : checks) {
            body.append(section(h));
        }
        return Html.page("teardown: blkback's history", body.toString());
    }

    private static String table(List<HistoryCheck> checks) {
        StringBuilder s = new StringBuilder("<table id=\"cases\">\n<thead><tr><th>case</th><th>title</th><th>fix</th><th>property</th>"
                + "<th>before</th><th>after</th><th>reproduced</th><th>before the fix</th><th>after the fix</th></tr></thead>\n<tbody>\n");
        for (HistoryCheck h : checks) {
            HistoryCase c = h.historyCase();
            s.append("<tr data-case=\"").append(Html.escape(c.id())).append("\"><td><a href=\"#").append(Html.escape(c.id())).append("\">")
                    .append(Html.escape(c.id())).append("</a></td>")
                    .append(cell(c.title())).append(cell(c.source())).append(cell(c.property().id()))
                    .append(verdictCell(h.beforeOutcome())).append(verdictCell(h.afterOutcome()))
                    .append("<td class=\"").append(h.reproduced() ? "holds" : "violated").append("\">")
                    .append(Html.escape(h.whyNot().map(w -> "no: " + w).getOrElse("yes"))).append("</td>")
                    .append(cell(c.before().label())).append(cell(c.after().label())).append("</tr>\n");
        }
        return s.append("</tbody>\n</table>\n").toString();
    }

    /** A case's account: why it is not reproduced, if it is not; its counterexample, drawn and listed, if it has one. */
    private static String section(HistoryCheck h) {
        HistoryCase c = h.historyCase();
        StringBuilder s = new StringBuilder("<h2 id=\"").append(Html.escape(c.id())).append("\">").append(Html.escape(c.id()))
                .append(": ").append(Html.escape(c.title())).append("</h2>\n<ul>\n")
                .append(item("fix", c.source()))
                .append(item("before the fix", side(c.before(), h.beforeOutcome(), h.before().statistics().states())))
                .append(item("after the fix", side(c.after(), h.afterOutcome(), h.after().statistics().states())))
                .append("</ul>\n");
        h.whyNot().forEach(w -> s.append("<p class=\"not-reproduced\">Not reproduced: ").append(Html.escape(w)).append("</p>\n"));
        counterexample(h).forEach(o -> {
            Diagram d = ReportDiagrams.sequence(c.before(), o);
            s.append("<p>Before the fix, ").append(Html.escape(c.property().id())).append(" is violated by ")
                    .append(Html.escape(c.before().label())).append(", shortest counterexample, ").append(o.trace().get().length())
                    .append(" steps:</p>\n").append(Html.figure(d.name() + ".svg", d.title()))
                    .append("<pre class=\"trace\">").append(Html.escape(TraceText.render(o.trace().get()))).append("</pre>\n");
        });
        return s.toString();
    }

    /** The before-the-fix outcome, when it is a violation with a trace to show. */
    private static io.vavr.control.Option<Outcome<TeardownState, Step>> counterexample(HistoryCheck h) {
        Outcome<TeardownState, Step> o = h.beforeOutcome();
        return ReportDiagrams.violations(h.before()).contains(o) ? io.vavr.control.Option.some(o) : io.vavr.control.Option.none();
    }

    private static String verdictCell(Outcome<TeardownState, Step> o) {
        return "<td class=\"" + o.verdict().id() + "\">" + Html.escape(HistoryCheck.verdictWithSteps(o)) + "</td>";
    }

    private static String side(Configuration c, Outcome<TeardownState, Step> o, long states) {
        return String.format("%s: %s (%,d states searched)", c.label(), HistoryCheck.verdictWithSteps(o), states);
    }

    private static String cell(String text) {
        return "<td>" + Html.escape(text) + "</td>";
    }

    private static String item(String what, String value) {
        return "<li><b>" + Html.escape(what) + "</b>: " + Html.escape(value) + "</li>\n";
    }
}
