package teardown.diagrams;

import teardown.checker.Outcome;
import teardown.checker.Statistics;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.TraceText;
import teardown.properties.VariantResult;

/**
 * One variant's page: what was checked, the verdicts, each violation's sequence diagram and trace
 * under an anchor named after the property, the actors' state machines and the state graph.
 */
public final class VariantPage {

    public static final String DIR = "variants";

    private VariantPage() {
    }

    public static String fileName(Configuration c) {
        return DIR + "/" + ReportDiagrams.slug(c) + ".html";
    }

    public static String render(VariantResult r) {
        Configuration c = r.configuration();
        Statistics st = r.statistics();
        StringBuilder body = new StringBuilder();
        body.append("<p><a href=\"../index.html\">back to the verdict matrix</a></p>\n");
        body.append("<h1>").append(Html.escape(c.label())).append("</h1>\n<ul>\n")
                .append(item("driver", c.driver().id() + ": " + c.driver().description()))
                .append(item("toolstack", c.xend().id() + ": " + c.xend().description()))
                .append(item("disk", c.disk().id() + ": " + c.disk().description()))
                .append(item("requests outstanding at suspend", String.valueOf(c.requests())))
                .append(item("hazards", c.hazards().isEmpty() ? "none"
                        : c.hazards().map(h -> h.id() + ": " + h.description()).mkString("; ")))
                .append(item("search", String.format("%,d states, %,d transitions, depth %d, %.2f s%s", st.states(),
                        st.transitions(), st.depth(), st.seconds(), st.complete() ? "" : ", INCOMPLETE (state limit hit)")))
                .append("</ul>\n<h2>Verdicts</h2>\n<table>\n<tr><th>property</th><th>verdict</th></tr>\n");
        for (Outcome<TeardownState, Step> o : r.properties()) {
            boolean drawn = ReportDiagrams.violations(r).contains(o);  // its trace is on this page, drawn or not
            String name = Html.escape(o.property().name());
            body.append("<tr><td>").append(drawn ? "<a href=\"#" + name + "\">" + name + "</a>" : name)
                    .append("</td><td class=\"").append(o.verdict().id()).append("\">").append(o.verdict().id())
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");
        boolean pictures = ReportDiagrams.drawn(c);
        for (Outcome<TeardownState, Step> o : ReportDiagrams.violations(r)) {
            Diagram seq = ReportDiagrams.sequence(c, o);
            body.append("<h2 id=\"").append(Html.escape(o.property().name())).append("\">")
                    .append(Html.escape(o.property().name())).append(" violated</h2>\n")
                    .append(ReportDiagrams.drawn(c, o) ? Html.figure("../" + seq.name() + ".svg", seq.title()) : "")
                    .append("<pre class=\"trace\">").append(Html.escape(TraceText.render(o.trace().get()))).append("</pre>\n");
        }
        if (!pictures) {
            body.append("<p>This row is checked and its traces are above; its pictures are drawn only for the post's variants and one"
                    + " healthy-disk row per toolstack of today, to keep the report's size in bounds.</p>\n");
            return Html.page("teardown: " + c.label(), body.toString());
        }
        body.append("<h2 id=\"actors\">Each actor's state machine</h2>\n<p>The explored state graph projected onto one actor: its phases, and every step that changes them (the actor's own steps that do not are self-loops).</p>\n");
        for (ActorView v : ActorView.values()) {
            body.append(Html.figure("../" + ReportDiagrams.actorName(c, v) + ".svg", v.id()));
        }
        body.append("<h2 id=\"states\">Reachable states</h2>\n<p>")
                .append(StateGraphDiagram.isSummary(r.graph())
                        ? "More than " + StateGraphDiagram.FULL_LIMIT + " states: collapsed by the actors' phases."
                        : "Every state (numbered in breadth-first order) and every step.")
                .append(" Red: violating states; blue: the shortest path to the first of them.</p>\n")
                .append(Html.figure("../" + ReportDiagrams.statesName(c) + ".svg", "reachable states"));
        return Html.page("teardown: " + c.label(), body.toString());
    }

    private static String item(String what, String value) {
        return "<li><b>" + Html.escape(what) + "</b>: " + Html.escape(value) + "</li>\n";
    }
}
