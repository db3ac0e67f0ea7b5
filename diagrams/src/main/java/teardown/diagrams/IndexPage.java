package teardown.diagrams;

import io.vavr.collection.List;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.PropertyId;
import teardown.properties.VariantResult;

/**
 * The report's front page: the verdict matrix (variants x properties; a violated cell links to
 * its counterexample), the witnesses never reached, unpatched beside patched, and how the run
 * was made.
 */
public final class IndexPage {

    public static final String FILE = "index.html";

    private IndexPage() {
    }

    public static String render(List<VariantResult> results, List<PropertyId> properties, Renderer.Rendered rendered) {
        StringBuilder body = new StringBuilder("<h1>teardown: design review</h1>\n"
                + "<p>How the Xen block backend tears a device down at the end of a live migration, checked exhaustively. "
                + "Every picture here is drawn from the model's explored state graph, never by hand.</p>\n");
        body.append("<p><a href=\"" + BlackoutPage.FILE + "\">Blackout: what each design costs the guest, in seconds</a></p>\n");
        body.append("<h2 id=\"matrix\">Verdict matrix</h2>\n<table>\n<tr><th>variant</th>");
        properties.forEach(p -> body.append("<th title=\"").append(Html.escape(p.description())).append("\">")
                .append(Html.escape(p.id())).append("</th>"));
        body.append("<th>states</th><th>transitions</th><th>depth</th><th>seconds</th></tr>\n");
        for (VariantResult r : results) {
            String page = VariantPage.fileName(r.configuration());
            body.append("<tr><td><a href=\"").append(Html.escape(page)).append("\">")
                    .append(Html.escape(r.configuration().label())).append("</a></td>");
            for (PropertyId p : properties) {
                Outcome<TeardownState, Step> o = r.properties().find(x -> x.property().name().equals(p.id())).get();
                String verdict = o.verdict().id();
                body.append("<td class=\"").append(verdict).append("\">")
                        .append(ReportDiagrams.violations(r).contains(o)
                                ? "<a href=\"" + Html.escape(page) + "#" + Html.escape(p.id()) + "\">" + verdict + "</a>"
                                : verdict)
                        .append("</td>");
            }
            var st = r.statistics();
            body.append(String.format("<td class=\"num\">%,d</td><td class=\"num\">%,d</td><td class=\"num\">%d</td><td class=\"num\">%.2f</td></tr>%n",
                    st.states(), st.transitions(), st.depth(), st.seconds()));
        }
        body.append("</table>\n");
        List<String> unreached = results.flatMap(r -> r.witnesses().filter(w -> w.verdict() != Verdict.HOLDS)
                .map(w -> r.configuration().label() + ": " + w.property().name()
                        + (w.verdict() == Verdict.INCOMPLETE ? " (not reached before the state limit)" : " (never reached)")));
        if (!unreached.isEmpty()) {
            body.append("<h2 id=\"witnesses\">Witnesses not reached</h2>\n<p>The model never enters these windows, so a verdict that depends on them says little.</p>\n<ul>\n");
            unreached.forEach(u -> body.append("<li>").append(Html.escape(u)).append("</li>\n"));
            body.append("</ul>\n");
        }
        List<Diagram> comparisons = ReportDiagrams.comparisons(results);
        if (!comparisons.isEmpty()) {
            body.append("<h2 id=\"compare\">Unpatched vs patched, actor by actor</h2>\n"
                    + "<p>Each actor's state machine under both vendor drivers; a thick red edge exists only unpatched, a thick blue one only patched.</p>\n");
            comparisons.forEach(d -> body.append(Html.figure(d.name() + ".svg", d.title())));
        }
        body.append("<h2 id=\"run\">This run</h2>\n<ul>\n")
                .append("<li>properties: ").append(Html.escape(properties.map(PropertyId::id).mkString(", "))).append("</li>\n")
                .append("<li>requests outstanding at suspend: ").append(results.map(r -> String.valueOf(r.configuration().requests())).distinct().mkString(", ")).append("</li>\n")
                .append(String.format("<li>%d variant(s), %,d states in all, searched in %.2f s of CPU</li>%n", results.size(),
                        results.map(r -> r.statistics().states()).sum().longValue(), results.map(r -> r.statistics().seconds()).sum().doubleValue()))
                .append(String.format("<li>%d diagrams rendered with the %s in %.1f s</li>%n", rendered.diagrams(), Html.escape(rendered.engine()), rendered.seconds()))
                .append("</ul>\n");
        return Html.page("teardown: design review", body.toString());
    }
}
