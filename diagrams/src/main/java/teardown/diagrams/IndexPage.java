package teardown.diagrams;

import io.vavr.collection.List;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.MigrationEnd;
import teardown.properties.Column;
import teardown.properties.VariantResult;

/**
 * The report's front page, answer first: the generated summary, what each column means, the
 * verdict matrix with a filter (a violated cell links to its counterexample), the witnesses never
 * reached, unpatched beside patched, and how the run was made. The element ids {@code summary},
 * {@code matrix} and {@code matrix-filter} are what browser tests look for.
 */
public final class IndexPage {

    public static final String FILE = "index.html";

    /** Where a property's column is explained, and so what its header links to. */
    static String definition(Column p) {
        return "def-" + p.id();
    }

    private IndexPage() {
    }

    public static String render(List<VariantResult> results, List<? extends Column> columns,
                                ReportDiagrams.Plan plan, ReportDiagrams.Scope scope, Renderer.Rendered rendered, HistoryLink history) {
        List<Column> properties = List.narrow(columns);
        StringBuilder body = new StringBuilder("<h1>teardown: design review</h1>\n"
                + "<p>How the Xen block backend tears a device down at the end of a live migration, checked exhaustively. "
                + "Every verdict and picture here is drawn from the model's explored state graph, never by hand.</p>\n");
        body.append("<p><a href=\"" + BlackoutPage.FILE + "\">Blackout: what each design costs the guest, in seconds</a></p>\n");
        body.append(history.html());
        List<Diagram> comparisons = ReportDiagrams.comparisonNames(results).flatMap(plan::figure);
        body.append(contents(!comparisons.isEmpty()));
        body.append(Summary.render(results, properties));
        body.append(columns(properties));
        body.append(filter(results));
        body.append(matrix(results, properties));
        List<String> unreached = UnreachedWitnesses.of(results).map(g -> g.result().configuration().label() + ": " + g.witness().id()
                + (g.undecided() ? " (not reached before the state limit)" : g.reason().map(r -> " (never reached; expected: " + r.why() + ")")
                .getOrElse(" (never reached; SUSPICIOUS: no known reason, the model may have lost a path)")));
        if (!unreached.isEmpty()) {
            body.append("<h2 id=\"witnesses\">Witnesses not reached</h2>\n<p>The model never enters these windows. Where a known"
                    + " model fact explains it (a finding, or the design) the line says so; elsewhere a verdict that depends on the"
                    + " window says little.</p>\n<ul>\n");
            unreached.forEach(u -> body.append("<li>").append(Html.escape(u)).append("</li>\n"));
            body.append("</ul>\n");
        }
        if (!comparisons.isEmpty()) {
            body.append("<h2 id=\"compare\">Unpatched vs patched, actor by actor</h2>\n"
                    + "<p>Each actor's state machine under both vendor drivers; a thick red edge exists only unpatched, a thick blue one only patched.</p>\n");
            comparisons.forEach(d -> body.append(Html.figure(d.name() + ".svg", d.title())));
        }
        body.append("<h2 id=\"run\">This run</h2>\n<ul>\n")
                .append("<li>properties: ").append(Html.escape(properties.map(Column::id).mkString(", "))).append("</li>\n")
                .append("<li>requests outstanding at suspend: ").append(results.map(r -> String.valueOf(r.configuration().requests())).distinct().mkString(", ")).append("</li>\n")
                .append(String.format("<li>%d variant(s), %,d states in all, searched in %.2f s of CPU</li>%n", results.size(),
                        results.map(r -> r.statistics().states()).sum().longValue(), results.map(r -> r.statistics().seconds()).sum().doubleValue()))
                .append(String.format("<li>%d diagrams (%s set), %d of them drawn with the %s in %.1f s (the rest were unchanged)%s</li>%n",
                        rendered.diagrams(), scope.id(), rendered.drawn(), Html.escape(rendered.engine()), rendered.seconds(),
                        scope == ReportDiagrams.Scope.ALL ? ""
                                : "; every counterexample has its text trace, and <code>teardown report --diagrams all</code> draws every diagram"))
                .append("</ul>\n");
        return Html.page("teardown: design review", body.toString(), FILTER_SCRIPT);
    }

    /** Links to the page's sections and to the report's other pages ({@link ReportPage#PAGES}). */
    private static String contents(boolean comparisons) {
        StringBuilder nav = new StringBuilder("<nav id=\"pages\"><a href=\"#summary\">summary</a> · <a href=\"#columns\">columns</a>"
                + " · <a href=\"#matrix\">matrix</a>" + (comparisons ? " · <a href=\"#compare\">unpatched vs patched</a>" : "")
                + " · <a href=\"#run\">this run</a>");
        ReportPage.PAGES.forEach(p -> nav.append(" · <a href=\"").append(Html.escape(p.file())).append("\">").append(Html.escape(p.title())).append("</a>"));
        return nav.append("</nav>\n").toString();
    }

    /** One line per property column, with the kind of property and where its full definition is. */
    private static String columns(List<Column> properties) {
        StringBuilder s = new StringBuilder("<section id=\"columns\">\n<h2>What each column means</h2>\n<dl>\n");
        for (Column p : properties) {
            s.append("<dt id=\"").append(definition(p)).append("\">").append(Html.escape(p.id())).append("</dt><dd>")
                    .append(Html.escape(p.description())).append(p.isWitness() ? " (sometimes: reached in some run, or never)"
                            : p.isLiveness() ? " (liveness: judged over whole runs)" : " (safety: judged in every reachable state)")
                    .append(". ").append(Html.escape(p.definition())).append(".</dd>\n");
        }
        s.append("<dt>ends</dt><dd>how runs of the variant can finish: ")
                .append(Html.escape(List.of(MigrationEnd.values()).map(e -> e.id() + " (" + e.description() + ")").mkString("; ")))
                .append(".</dd>\n</dl>\n</section>\n");
        return s.toString();
    }

    /** A select per dimension of the matrix and "only violations"; the script is generic over them. */
    private static String filter(List<VariantResult> results) {
        StringBuilder s = new StringBuilder("<form id=\"matrix-filter\">\n");
        for (MatrixDimension d : MatrixDimension.ALL) {
            s.append("<label>").append(d.id()).append(" <select name=\"").append(d.id()).append("\"><option value=\"\">all</option>");
            results.map(r -> r.configuration()).distinctBy(d::of).forEach(c -> s.append("<option value=\"")
                    .append(Html.escape(d.of(c))).append("\" title=\"").append(Html.escape(d.meaning().apply(c))).append("\">")
                    .append(Html.escape(d.of(c))).append("</option>"));
            s.append("</select></label>\n");
        }
        return s.append("<label><input type=\"checkbox\" name=\"only-violations\"/> only violations</label>\n")
                .append("<button type=\"reset\">show all</button> <span id=\"matrix-count\"></span>\n</form>\n").toString();
    }

    private static String matrix(List<VariantResult> results, List<Column> properties) {
        StringBuilder body = new StringBuilder("<table id=\"matrix\">\n<thead><tr><th>variant</th>");
        MatrixDimension.ALL.forEach(d -> body.append("<th data-dimension=\"").append(d.id()).append("\">").append(d.id()).append("</th>"));
        properties.forEach(p -> body.append("<th title=\"").append(Html.escape(p.description())).append("\">").append(Summary.column(p)).append("</th>"));
        body.append("<th>ends</th><th>states</th><th>transitions</th><th>depth</th><th>seconds</th></tr></thead>\n<tbody>\n");
        for (VariantResult r : results) {
            String page = VariantPage.fileName(r.configuration());
            boolean violating = properties.exists(p -> !p.isWitness() && Summary.verdict(r, p) == Verdict.VIOLATED);
            body.append("<tr class=\"").append(violating ? "violating" : "clean").append("\"");
            MatrixDimension.ALL.forEach(d -> body.append(" data-").append(d.id()).append("=\"").append(Html.escape(d.of(r.configuration()))).append("\""));
            body.append("><td><a href=\"").append(Html.escape(page)).append("\">").append(Html.escape(r.configuration().label())).append("</a></td>");
            MatrixDimension.ALL.forEach(d -> body.append("<td>").append(Html.escape(d.of(r.configuration()))).append("</td>"));
            for (Column p : properties) {
                Outcome<TeardownState, Step> o = Summary.outcome(r, p).get();
                String verdict = ReportDiagrams.verdictWord(p, o.verdict());
                body.append("<td class=\"").append(verdict).append("\">")
                        .append(ReportDiagrams.traced(r).contains(o)
                                ? "<a href=\"" + Html.escape(page) + "#" + Html.escape(p.id()) + "\">" + verdict + "</a>"
                                : verdict)
                        .append("</td>");
            }
            var st = r.statistics();
            body.append("<td>").append(Html.escape(r.ends().map(MigrationEnd::id).mkString(", "))).append("</td>")
                    .append(String.format("<td class=\"num\">%,d</td><td class=\"num\">%,d</td><td class=\"num\">%d</td><td class=\"num\">%.2f</td></tr>%n",
                            st.states(), st.transitions(), st.depth(), st.seconds()));
        }
        return body.append("</tbody>\n</table>\n").toString();
    }

    /**
     * Hides the rows that do not match every select of the filter form (a select's name is the
     * row's data- attribute) or, with "only violations", rows without a violated cell. Plain
     * JavaScript without a build step; it avoids the characters XML would need escaped.
     */
    private static final String FILTER_SCRIPT = String.join("\n",
            "(function () {",
            "  var form = document.getElementById('matrix-filter');",
            "  var rows = Array.prototype.slice.call(document.querySelectorAll('#matrix tbody tr'));",
            "  function apply() {",
            "    var selects = Array.prototype.slice.call(form.querySelectorAll('select[name]'));",
            "    var only = form.querySelector('input[name=only-violations]').checked;",
            "    var shown = 0;",
            "    rows.forEach(function (row) {",
            "      var keep = !only || row.classList.contains('violating');",
            "      selects.forEach(function (s) {",
            "        if (s.value !== '' ? row.getAttribute('data-' + s.name) !== s.value : false) { keep = false; }",
            "      });",
            "      row.hidden = !keep;",
            "      if (keep) { shown += 1; }",
            "    });",
            "    document.getElementById('matrix-count').textContent = shown + ' of ' + rows.length + ' variants shown';",
            "  }",
            "  form.addEventListener('change', apply);",
            "  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });",
            "  apply();",
            "}());");
}
