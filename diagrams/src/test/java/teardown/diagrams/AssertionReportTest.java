package teardown.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.w3c.dom.NodeList;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.toolstack.Toolstack;
import teardown.properties.Column;
import teardown.properties.PropertyId;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;
import teardown.properties.assertion.Assertion;

/**
 * A user's assertions in the report, beside the built-in properties: a column each with its
 * definition, a violation with its trace and diagram, a sometimes property reached with its
 * example (and one reached nowhere, which makes no variant unsafe). No diagram is drawn.
 */
class AssertionReportTest {

    private static final Assertion VANISH = Assertion.parse("vanish-early: never any vbd: not backend.sysfs and vbd.in_flight > 0");
    private static final Assertion CLOSES = Assertion.parse("closes: sometimes any vbd: backend.state == Closed");
    private static final Assertion OOPS = Assertion.parse("oops: sometimes kernel.fault");
    private static final List<Column> COLUMNS = List.<Column>narrow(PropertyId.safety()).appendAll(List.of(VANISH, CLOSES, OOPS));

    private static List<VariantResult> results;
    private static ReportDiagrams.Plan plan;
    private static Document index;
    private static Document unpatched;

    @BeforeAll
    static void render() throws Exception {
        results = List.of(Driver.STOCK, Driver.UNPATCHED).map(d -> VariantCheck.run(Configuration.of(d, Toolstack.XEND31, Disk.HEALTHY)
                .withRequests(1), COLUMNS, VariantCheck.DEFAULT_MAX_STATES, p -> { }));
        plan = ReportDiagrams.of(results, ReportDiagrams.Scope.KEY);
        index = xml(IndexPage.render(results, COLUMNS, plan, ReportDiagrams.Scope.KEY,
                new Renderer.Rendered(plan.drawn().size(), plan.drawn().size(), 0, "no engine (test)"),
                new HistoryLink(false, HistoryLink.command(Path.of("report")))));
        unpatched = xml(VariantPage.render(results.get(1), plan));
    }

    @Test
    void eachAssertionHasAColumnAndADefinition() {
        List<String> headers = elements(index.getDocumentElement(), "th").map(AssertionReportTest::text);
        assertTrue(headers.containsAll(List.of("vanish-early", "closes", "oops")), headers.toString());
        Element dt = elements(index.getDocumentElement(), "dt").find(e -> e.getAttribute("id").equals(IndexPage.definition(CLOSES))).get();
        String dd = text((Element) dt.getNextSibling());
        assertTrue(dd.startsWith("sometimes any vbd: backend.state == Closed (sometimes") && dd.contains("docs/assert.md"), dd);
    }

    @Test
    void theSummarySaysWhereASometimesIsReachedAndItMakesNoVariantUnsafe() {
        List<String> lines = elements(index.getDocumentElement(), "li").map(AssertionReportTest::text);
        assertTrue(lines.exists(l -> l.startsWith("1 of 2 variants hold every property: stock/xend31/healthy")), lines.toString());
        assertTrue(lines.exists(l -> l.startsWith("vanish-early is violated by 1 of 2 variants")), lines.toString());
        assertTrue(lines.exists(l -> l.startsWith("closes (sometimes) is reached in 2 of 2 variants: every variant; shortest example")),
                lines.toString());
        assertTrue(lines.contains("oops (sometimes) is reached in no variant."), lines.toString());
    }

    @Test
    void theMatrixSaysReachedAndLinksToTheExample() {
        List<Element> cells = elements(index.getDocumentElement(), "td");
        assertTrue(cells.exists(td -> td.getAttribute("class").equals("reached")
                && text(td).equals("reached") && elements(td, "a").exists(a -> a.getAttribute("href").endsWith("#closes"))));
        assertTrue(cells.exists(td -> td.getAttribute("class").equals("unreached") && text(td).equals("unreached")));
    }

    @Test
    void theVariantPageShowsTheViolationAndTheExampleEachWithItsTraceAndDiagram() {
        List<Element> h2 = elements(unpatched.getDocumentElement(), "h2");
        assertTrue(h2.exists(h -> h.getAttribute("id").equals("vanish-early") && text(h).equals("vanish-early violated")));
        assertTrue(h2.exists(h -> h.getAttribute("id").equals("closes") && text(h).equals("closes reached")));
        String seq = ReportDiagrams.sequenceName(results.get(1).configuration(), "closes");
        assertTrue(plan.figure(seq).isDefined(), "the example has its sequence diagram");
        assertTrue(plan.drawn().exists(d -> d.title().contains(" reaches closes (shortest example, ")), plan.drawn().map(Diagram::title).toString());
    }

    private static Document xml(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Element root, String tag) {
        NodeList nodes = root.getElementsByTagNameNS("*", tag);
        return List.range(0, nodes.getLength()).map(i -> (Element) nodes.item(i));
    }

    private static String text(Element e) {
        return e.getTextContent().replaceAll("\\s+", " ").trim();
    }
}
