package teardown.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import teardown.checker.Verdict;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.properties.PropertyId;
import teardown.properties.VariantResult;

/**
 * The report's front page on four variants whose verdicts are known (the matrix in docs/answer.md): stock and
 * patched with a healthy disk hold everything; unpatched breaks no-vanish in the seed's 6 steps;
 * patched with a hung disk stalls xenwatch. No diagram is drawn: the page is parsed as XML.
 */
class IndexPageTest {

    private static List<VariantResult> results;
    private static Document index;
    private static Element summary;

    @BeforeAll
    static void renderIndex() throws Exception {
        results = List.of(Fixtures.check(Driver.STOCK, Disk.HEALTHY), Fixtures.check(Driver.UNPATCHED, Disk.HEALTHY),
                Fixtures.check(Driver.PATCHED, Disk.HEALTHY), Fixtures.check(Driver.PATCHED, Disk.HUNG));
        ReportDiagrams.Plan plan = ReportDiagrams.of(results, ReportDiagrams.Scope.KEY);
        String html = IndexPage.render(results, PropertyId.all(), plan, ReportDiagrams.Scope.KEY,
                new Renderer.Rendered(plan.drawn().size(), plan.drawn().size(), 0, "no engine (test)"),
                new HistoryLink(false, HistoryLink.command(Path.of("report"))));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        index = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        summary = byId("summary");
    }

    @Test
    void theSummaryComesBeforeTheMatrix() {
        Element matrix = byId("matrix");
        assertEquals("table", matrix.getLocalName());
        assertEquals("section", summary.getLocalName());
        assertTrue((summary.compareDocumentPosition(matrix) & Node.DOCUMENT_POSITION_FOLLOWING) != 0, "summary first");
        assertTrue((summary.compareDocumentPosition(byId("matrix-filter")) & Node.DOCUMENT_POSITION_FOLLOWING) != 0);
    }

    @Test
    void theSummaryNamesTheSafeDesigns() {
        Element safe = item("safe");
        assertTrue(text(safe).startsWith("2 of 4 variants hold every property that applies to them:"), text(safe));
        assertEquals(List.of("variants/stock-xend31-healthy.html", "variants/patched-xend31-healthy.html"), hrefs(safe));
    }

    @Test
    void theSummaryGivesEachViolationItsShortestTrace() {
        Element vanish = violated(PropertyId.NO_VANISH_BEFORE_IO_DONE);
        assertTrue(text(vanish).contains("is violated by 1 of 4 variants: exactly the variants with driver unpatched;"), text(vanish));
        assertTrue(text(vanish).contains("shortest counterexample 6 steps, in unpatched/xend31/healthy"), text(vanish));
        assertTrue(hrefs(vanish).contains("variants/unpatched-xend31-healthy.html#no-vanish-before-io-done"));
        Element stall = violated(PropertyId.XENWATCH_PROGRESS);
        assertTrue(text(stall).contains("is violated by 1 of 4 variants: exactly the variants with disk hung;"), text(stall));
        assertTrue(hrefs(stall).contains("variants/patched-xend31-hung.html#xenwatch-progress"));
    }

    @Test
    void theSummaryMatchesTheVerdictsItIsGeneratedFrom() {
        for (PropertyId p : PropertyId.all()) {
            long violating = results.count(r -> Summary.verdict(r, p) == Verdict.VIOLATED);
            List<Element> lines = elements(summary, "li").filter(li -> hrefs(li).contains("#" + IndexPage.definition(p)));
            boolean nowhere = results.forAll(r -> Summary.verdict(r, p) == Verdict.INAPPLICABLE);
            if (nowhere) {
                assertTrue(elements(summary, "li").exists(li -> li.getAttribute("class").equals("inapplicable") && text(li).contains(p.id())),
                        p.id() + " applies nowhere and is listed so");
                assertTrue(elements(summary, "li").filter(li -> li.getAttribute("class").equals("holds"))
                        .forAll(li -> !text(li).contains(p.id())), p.id() + " is not listed as holding");
            } else if (violating == 0) {
                assertTrue(text(item("holds")).contains(p.id()), p.id() + " holds everywhere and is listed so");
                assertTrue(lines.forAll(li -> !li.getAttribute("class").equals("violated")));
            } else {
                int shortest = results.flatMap(r -> Summary.outcome(r, p)).filter(o -> o.verdict() == Verdict.VIOLATED)
                        .map(o -> o.trace().get().length()).min().get();
                assertTrue(text(violated(p)).contains("violated by " + violating + " of 4 variants"), text(violated(p)));
                assertTrue(text(violated(p)).contains("shortest counterexample " + shortest + " step"), text(violated(p)));
            }
        }
    }

    @Test
    void everyPropertyColumnLinksToItsOneLineDefinitionAndTheDocs() {
        List<Element> headers = elements(byId("matrix"), "th").filter(th -> th.getElementsByTagNameNS("*", "a").getLength() == 1);
        assertEquals(PropertyId.all().map(PropertyId::id), headers.map(IndexPageTest::text));
        for (PropertyId p : PropertyId.all()) {
            assertEquals("#" + IndexPage.definition(p), hrefs(headers.find(h -> text(h).equals(p.id())).get()).head());
            Element dd = nextElement(byId(IndexPage.definition(p)));
            assertTrue(text(dd).startsWith(p.description()), text(dd));
            assertTrue(text(dd).contains("docs/model/properties.md#" + p.id()), text(dd));
            assertTrue(MarkdownDocs.anchors(MarkdownDocs.ROOT.resolve(Path.of("docs", "model", "properties.md"))).contains(p.id()),
                    "docs/model/properties.md has a heading #" + p.id());
        }
    }

    @Test
    void theFilterHasASelectPerDimensionAndEveryRowCarriesItsValues() {
        Element form = byId("matrix-filter");
        List<Element> selects = elements(form, "select");
        assertEquals(MatrixDimension.ALL.map(MatrixDimension::id), selects.map(s -> s.getAttribute("name")));
        List<Element> rows = elements(byId("matrix"), "tr").filter(tr -> tr.hasAttribute("data-driver"));
        assertEquals(results.size(), rows.size());
        for (MatrixDimension d : MatrixDimension.ALL) {
            Element select = selects.find(s -> s.getAttribute("name").equals(d.id())).get();
            List<String> options = elements(select, "option").map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty());
            assertEquals(results.map(r -> d.of(r.configuration())).distinct(), options, d.id());
            assertEquals(results.map(r -> d.of(r.configuration())), rows.map(tr -> tr.getAttribute("data-" + d.id())));
        }
        assertEquals(1, elements(form, "input").count(i -> i.getAttribute("name").equals("only-violations")));
        assertEquals(results.map(r -> r.properties().exists(o -> o.verdict() == Verdict.VIOLATED)),
                rows.map(tr -> tr.getAttribute("class").equals("violating")));
        assertFalse(elements(index.getDocumentElement(), "script").isEmpty(), "the filter's script is inline");
    }

    @Test
    void withoutAHistoryPageTheIndexSaysWhichCommandWritesIt() {
        Element history = byId("history");
        assertTrue(text(history).contains("teardown history --report report"), text(history));
        assertEquals(List.empty(), hrefs(history), "no link to a page the folder does not hold");
    }

    @Test
    void everyLinkWithinThePageLandsOnAnElement() {
        List<String> ids = elements(index.getDocumentElement(), "*").map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty());
        List<String> internal = hrefs(index.getDocumentElement()).filter(h -> h.startsWith("#")).map(h -> h.substring(1));
        assertFalse(internal.isEmpty());
        assertEquals(List.empty(), internal.removeAll(ids), "in-page links without a target");
    }

    private static Element item(String cls) {
        return elements(summary, "li").find(li -> li.getAttribute("class").equals(cls))
                .getOrElseThrow(() -> new AssertionError("no summary line of class " + cls));
    }

    private static Element violated(PropertyId p) {
        return elements(summary, "li").find(li -> li.getAttribute("class").equals("violated") && text(li).startsWith(p.id() + " "))
                .getOrElseThrow(() -> new AssertionError("no summary line says " + p.id() + " is violated"));
    }

    private static Element byId(String id) {
        return elements(index.getDocumentElement(), "*").find(e -> e.getAttribute("id").equals(id))
                .getOrElseThrow(() -> new AssertionError("no element #" + id));
    }

    private static List<Element> elements(Element root, String tag) {
        NodeList nodes = root.getElementsByTagNameNS("*", tag);
        return List.range(0, nodes.getLength()).map(i -> (Element) nodes.item(i));
    }

    private static List<String> hrefs(Element e) {
        return elements(e, "a").map(a -> a.getAttribute("href"));
    }

    private static String text(Element e) {
        return e.getTextContent().replaceAll("\\s+", " ").trim();
    }

    private static Element nextElement(Element from) {
        Node n = from.getNextSibling();
        while (n != null && !(n instanceof Element)) {
            n = n.getNextSibling();
        }
        return (Element) n;
    }
}
