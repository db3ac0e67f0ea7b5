package teardown.diagrams;

import io.vavr.collection.List;
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

    public static String render(VariantResult r, ReportDiagrams.Plan plan) {
        Configuration c = r.configuration();
        Statistics st = r.statistics();
        StringBuilder body = new StringBuilder();
        body.append("<p><a href=\"../index.html\">back to the verdict matrix</a></p>\n");
        body.append("<h1>").append(Html.escape(c.label())).append("</h1>\n<ul>\n")
                .append(item("driver", c.driver().id() + ": " + c.driver().description()))
                .append(item("toolstack", c.toolstack().id() + ": " + c.toolstack().description()))
                .append(item(c.devices() == 1 ? "disk" : "disks (one per device)", c.disks().distinct().map(k -> k.id() + ": " + k.description()).mkString("; ")))
                .append(c.bystanders() == 0 ? "" : item("bystander guests sharing xenwatch", String.valueOf(c.bystanders())))
                .append(item("requests outstanding at suspend", String.valueOf(c.requests())))
                .append(item("hazards", c.hazards().isEmpty() ? "none"
                        : c.hazards().map(h -> h.id() + ": " + h.description()).mkString("; ")))
                .append(item("search", String.format("%,d states, %,d transitions, depth %d, %.2f s%s", st.states(),
                        st.transitions(), st.depth(), st.seconds(), st.complete() ? "" : ", INCOMPLETE (state limit hit)")))
                .append("</ul>\n<h2>Verdicts</h2>\n<table>\n<tr><th>property</th><th>verdict</th></tr>\n");
        for (Outcome<TeardownState, Step> o : r.properties()) {
            boolean drawn = ReportDiagrams.traced(r).contains(o);  // its trace is on this page, drawn or not
            String name = Html.escape(o.property().name());
            String verdict = o.property() instanceof teardown.checker.Property.Sometimes && o.verdict() != teardown.checker.Verdict.INCOMPLETE
                    ? (o.verdict() == teardown.checker.Verdict.HOLDS ? "reached" : "unreached") : o.verdict().id();
            body.append("<tr><td>").append(drawn ? "<a href=\"#" + name + "\">" + name + "</a>" : name)
                    .append("</td><td class=\"").append(verdict).append("\">").append(verdict)
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");
        for (Outcome<TeardownState, Step> o : ReportDiagrams.traced(r)) {
            String seq = ReportDiagrams.sequenceName(c, o.property().name());
            boolean reached = ReportDiagrams.reached(o);
            body.append("<h2 id=\"").append(Html.escape(o.property().name())).append("\">")
                    .append(Html.escape(o.property().name())).append(reached ? " reached" : " violated").append("</h2>\n")
                    .append(figure(plan, seq, o.property().name() + (reached ? " example" : " counterexample")))
                    .append("<pre class=\"trace\">").append(Html.escape(TraceText.render(o.trace().get()))).append("</pre>\n");
        }
        body.append("<h2 id=\"actors\">Each actor's state machine</h2>\n<p>The explored state graph projected onto one actor: its phases, and every step that changes them (the actor's own steps that do not are self-loops).</p>\n");
        if (List.of(ActorView.values()).exists(v -> plan.figure(ReportDiagrams.actorName(c, v)).isDefined())) {
            for (ActorView v : ActorView.values()) {
                body.append(figure(plan, ReportDiagrams.actorName(c, v), v.id()));
            }
        } else {
            body.append(notDrawn("The actors' state machines of this variant are not in this report's key set, which draws"
                    + " each driver's once, for its first variant"));
        }
        body.append("<h2 id=\"states\">Reachable states</h2>\n<p>")
                .append(StateGraphDiagram.isSummary(r.graph())
                        ? "More than " + StateGraphDiagram.FULL_LIMIT + " states: collapsed by the actors' phases."
                        : "Every state (numbered in breadth-first order) and every step.")
                .append(" Red: violating states; blue: the shortest path to the first of them.</p>\n")
                .append(figure(plan, ReportDiagrams.statesName(c), "reachable states"));
        return Html.page("teardown: " + c.label(), body.toString());
    }

    /**
     * The diagram the plan shows under this name: the variant's own, one drawn for another variant
     * whose counterexample takes the same steps (its title says which), or a note saying how to draw it.
     */
    private static String figure(ReportDiagrams.Plan plan, String name, String what) {
        return plan.figure(name).map(d -> Html.figure("../" + d.name() + ".svg", d.name().equals(name) ? d.title()
                        : d.title() + "; drawn once for every variant whose counterexample takes the same steps"))
                .getOrElse(() -> notDrawn("The " + Html.escape(what) + " diagram is not in this report's key set"));
    }

    private static String notDrawn(String why) {
        return "<p class=\"not-drawn\">" + why + "; <code>teardown report --diagrams all</code> draws every diagram.</p>\n";
    }

    private static String item(String what, String value) {
        return "<li><b>" + Html.escape(what) + "</b>: " + Html.escape(value) + "</li>\n";
    }
}
