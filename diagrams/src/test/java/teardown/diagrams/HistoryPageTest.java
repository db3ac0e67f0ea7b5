package teardown.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import teardown.properties.TraceText;
import teardown.properties.history.HistoryCase;
import teardown.properties.history.HistoryCheck;

/**
 * The report's history page, on the two history cases that search fastest (properties'
 * HistoryCasesTest runs all six) and two made-up cases that are not reproduced, built from their
 * results: one the model declares out of reach, and one whose fix is applied the wrong way round.
 */
class HistoryPageTest {

    private static HistoryCheck moduleUnload;
    private static HistoryCheck deferFree;
    private static HistoryCheck outOfReach;
    private static HistoryCheck backwards;
    private static List<HistoryCheck> checks;
    private static Element page;

    @BeforeAll
    static void renderPage() throws Exception {
        moduleUnload = HistoryCheck.of(historyCase("module-unload"), 2_000_000);
        deferFree = HistoryCheck.of(historyCase("defer-free"), 2_000_000);
        HistoryCase c = moduleUnload.historyCase();
        outOfReach = new HistoryCheck(new HistoryCase("out-of-reach", "needs what the model leaves out", "no commit", c.before(), c.after(),
                c.property(), Option.some("it needs memory pressure, which is outside the model")), moduleUnload.after(), moduleUnload.after());
        backwards = new HistoryCheck(new HistoryCase("backwards", "the fix undone", "no commit", c.after(), c.before(), c.property(),
                Option.none()), moduleUnload.after(), moduleUnload.before());
        checks = List.of(deferFree, moduleUnload, outOfReach, backwards);
        page = xml(HistoryPage.render(checks));
    }

    @Test
    void theTableHasARowPerCaseWithTheVerdictsTheTerminalPrints() {
        List<Element> rows = elements(byId("cases"), "tr").filter(tr -> tr.hasAttribute("data-case"));
        assertEquals(checks.map(h -> h.historyCase().id()), rows.map(tr -> tr.getAttribute("data-case")));
        List<String> mu = cells(rows.get(1));
        assertEquals(List.of("module-unload", "xen-blkback: prevent premature module unload", "Linux fa2ac657f978 (5.5, 2019)",
                "no-use-after-free", "violated (10)", "holds", "yes", "linux-5.5-rc1/xl/healthy/detach", "linux-5.5/xl/healthy/detach"), mu);
        assertEquals("violated (" + deferFree.beforeOutcome().trace().get().length() + ")", cells(rows.get(0)).get(4));
        assertEquals("no: it needs memory pressure, which is outside the model", cells(rows.get(2)).get(6));
        assertEquals(List.of("holds", "violated (10)", "no: before the fix no-use-after-free holds, after it violated"),
                cells(rows.get(3)).slice(4, 7));
        assertEquals("#module-unload", elements(rows.get(1), "a").head().getAttribute("href"));
    }

    @Test
    void eachReproducedCaseShowsItsShortestCounterexampleDrawnAndListed() {
        for (HistoryCheck h : List.of(deferFree, moduleUnload)) {
            List<Element> section = section(h.historyCase().id());
            List<Element> figures = section.filter(e -> e.getLocalName().equals("figure"));
            assertEquals(1, figures.size(), h.historyCase().id());
            String src = elements(figures.head(), "img").head().getAttribute("src");
            assertEquals(ReportDiagrams.sequenceName(h.historyCase().before(), h.historyCase().property().id()) + ".svg", src);
            List<Element> traces = section.filter(e -> e.getLocalName().equals("pre"));
            assertEquals(List.of(TraceText.render(h.beforeOutcome().trace().get())), traces.map(Node::getTextContent));
        }
    }

    @Test
    void aCaseNotReproducedSaysWhyInOneLineAndDrawsNothing() {
        for (HistoryCheck h : List.of(outOfReach, backwards)) {
            List<Element> section = section(h.historyCase().id());
            List<String> why = section.filter(e -> e.getAttribute("class").equals("not-reproduced")).map(HistoryPageTest::text);
            assertEquals(List.of("Not reproduced: " + h.whyNot().get()), why);
            assertFalse(section.exists(e -> e.getLocalName().equals("figure") || e.getLocalName().equals("pre")), h.historyCase().id());
        }
        assertEquals(List.of(deferFree, moduleUnload).map(h -> ReportDiagrams.sequenceName(h.historyCase().before(),
                h.historyCase().property().id())), HistoryPage.diagrams(checks).map(Diagram::name));
    }

    @Test
    void everyLinkWithinThePageLandsOnAnElementAndTheIndexIsLinked() {
        List<String> ids = elements(page, "*").map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty());
        List<String> hrefs = elements(page, "a").map(a -> a.getAttribute("href"));
        assertEquals(List.empty(), hrefs.filter(h -> h.startsWith("#")).map(h -> h.substring(1)).removeAll(ids));
        assertTrue(hrefs.contains(IndexPage.FILE));
    }

    /** Draws for real, with the engine a machine without Graphviz gets, and turns the index's command into a link. */
    @Test
    void writingThePageDrawsItsDiagramAndLinksItFromTheIndexAlreadyThere(@TempDir Path out) throws Exception {
        String before = Html.page("index", "<h1>matrix</h1>\n" + new HistoryLink(false, HistoryLink.command(out)).html() + "<p>rest</p>\n");
        Files.writeString(out.resolve(IndexPage.FILE), before);
        Renderer.Rendered rendered = HistoryPage.write(List.of(moduleUnload), out, Renderer.with(Renderer.Engine.BUNDLED_V8),
                Renderer.Progress.SILENT);
        assertEquals(1, rendered.drawn());
        Element written = xml(Files.readString(out.resolve(HistoryPage.FILE)));
        String svg = elements(written, "img").head().getAttribute("src");
        assertTrue(Files.readString(out.resolve(svg)).contains("<svg"), svg);
        String index = Files.readString(out.resolve(IndexPage.FILE));
        assertEquals(before.replace(new HistoryLink(false, HistoryLink.command(out)).html().strip(),
                new HistoryLink(true, HistoryLink.command(out)).html().strip()), index);
        assertTrue(index.contains("<a href=\"" + HistoryPage.FILE + "\">"), index);
        assertTrue(HistoryLink.in(out).written());
    }

    private static HistoryCase historyCase(String id) {
        return HistoryCase.ALL.find(c -> c.id().equals(id)).get();
    }

    /** The elements of a case's section: from its heading up to the next heading. */
    private static List<Element> section(String id) {
        List<Element> all = elements(page, "*");
        int start = all.indexWhere(e -> e.getLocalName().equals("h2") && e.getAttribute("id").equals(id));
        assertTrue(start >= 0, "a section #" + id);
        int end = all.indexWhere(e -> e.getLocalName().equals("h2"), start + 1);
        return all.slice(start + 1, end < 0 ? all.size() : end);
    }

    private static Element byId(String id) {
        return elements(page, "*").find(e -> e.getAttribute("id").equals(id)).getOrElseThrow(() -> new AssertionError("no element #" + id));
    }

    private static List<String> cells(Element row) {
        return elements(row, "td").map(HistoryPageTest::text);
    }

    private static Element xml(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static List<Element> elements(Element root, String tag) {
        NodeList nodes = root.getElementsByTagNameNS("*", tag);
        return List.range(0, nodes.getLength()).map(i -> (Element) nodes.item(i));
    }

    private static String text(Element e) {
        return e.getTextContent().replaceAll("\\s+", " ").trim();
    }
}
