package teardown.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.properties.PropertyId;
import teardown.properties.TraceText;
import teardown.properties.VariantResult;

/**
 * Writes one small report (two variants with one request each, so about two dozen tiny diagrams
 * in one engine session) and checks its structure by parsing every page and every SVG as XML.
 * It always uses the bundled engine: that is what a machine without Graphviz gets.
 */
class ReportFolderTest {

    @TempDir
    static Path out;

    private static List<VariantResult> results;
    private static Renderer.Rendered rendered;

    @BeforeAll
    static void writeReport() {
        results = List.of(Fixtures.check(Driver.UNPATCHED, Disk.HUNG, 1), Fixtures.check(Driver.PATCHED, Disk.HUNG, 1));
        rendered = ReportFolder.write(results, PropertyId.all(), out, Renderer.with(Renderer.Engine.BUNDLED_V8), ReportDiagrams.Scope.ALL);
    }

    @Test
    void everyViolatedCellLinksToATraceAndItsSequenceDiagramThatExist() throws Exception {
        Document index = parse(out.resolve(IndexPage.FILE));
        List<Element> cells = elements(index, "td").filter(td -> td.getAttribute("class").equals("violated"));
        assertFalse(cells.isEmpty(), "both variants violate something");
        for (Element cell : cells) {
            NodeList links = cell.getElementsByTagName("a");
            assertEquals(1, links.getLength(), "a violated cell links to its counterexample: " + cell.getTextContent());
            String[] href = ((Element) links.item(0)).getAttribute("href").split("#");
            Path page = out.resolve(href[0]);
            assertTrue(Files.exists(page), "page " + page);
            Element section = elements(parse(page), "h2").find(h -> h.getAttribute("id").equals(href[1]))
                    .getOrElseThrow(() -> new AssertionError("no anchor #" + href[1] + " in " + page));
            Element figure = nextElement(section, "figure");
            String src = ((Element) figure.getElementsByTagName("img").item(0)).getAttribute("src");
            assertTrue(Files.exists(page.getParent().resolve(src)), "sequence diagram " + src);
            Element trace = nextElement(figure, "pre");
            assertTrue(trace.getTextContent().contains("1. "), "the trace lists its steps");
        }
    }

    @Test
    void theTraceOnThePageIsTheCheckersTrace() throws Exception {
        VariantResult r = results.head();
        var o = ReportDiagrams.violations(r).head();
        Document page = parse(out.resolve(VariantPage.fileName(r.configuration())));
        Element section = elements(page, "h2").find(h -> h.getAttribute("id").equals(o.property().name())).get();
        assertEquals(TraceText.render(o.trace().get()), nextElement(nextElement(section, "figure"), "pre").getTextContent());
    }

    @Test
    void everyImageAndLinkIsALocalFileThatExists() throws Exception {
        for (Path page : files(".html")) {
            Document doc = parse(page);
            for (Element img : elements(doc, "img")) {
                assertTrue(Files.exists(page.getParent().resolve(img.getAttribute("src"))), page + ": " + img.getAttribute("src"));
            }
            for (Element a : elements(doc, "a")) {
                String href = a.getAttribute("href");
                assertFalse(href.contains("://"), "no network links: " + href);
                if (!href.startsWith("#")) {
                    assertTrue(Files.exists(page.getParent().resolve(href.split("#")[0])), page + ": " + href);
                }
            }
        }
    }

    @Test
    void everySvgIsWellFormedAndEveryDiagramHasItsDotBeside() throws Exception {
        // The blackout plot is drawn by hand, not by Graphviz: well-formed, but with no .dot.
        assertEquals("svg", parse(out.resolve(BlackoutPage.PLOT)).getDocumentElement().getLocalName());
        List<Path> svgs = files(".svg").filter(p -> !p.equals(out.resolve(BlackoutPage.PLOT)));
        assertEquals(rendered.diagrams(), svgs.size());
        assertEquals(ReportDiagrams.of(results).size(), svgs.size());
        for (Path svg : svgs) {
            assertEquals("svg", parse(svg).getDocumentElement().getLocalName(), svg.toString());
            assertTrue(Files.exists(Path.of(svg.toString().replaceAll("\\.svg$", ".dot"))), svg + " has its .dot");
        }
    }

    @Test
    void aSecondReportWithNothingChangedDrawsNothing() {
        Renderer.Rendered again = ReportFolder.write(results, PropertyId.all(), out, Renderer.with(Renderer.Engine.BUNDLED_V8),
                ReportDiagrams.Scope.ALL);
        assertEquals(rendered.diagrams(), again.diagrams());
        assertEquals(rendered.diagrams(), rendered.drawn(), "the first report drew every diagram");
        assertEquals(0, again.drawn(), "every .dot beside its .svg holds the same text");
    }

    @Test
    void theIndexShowsBothVendorDriversSideBySide() throws Exception {
        List<String> images = elements(parse(out.resolve(IndexPage.FILE)), "img").map(i -> i.getAttribute("src"));
        assertEquals(ActorView.values().length, images.count(src -> src.contains("/compare-xend31-hung/")));
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return List.ofAll(walk.filter(p -> p.toString().endsWith(suffix)).sorted());
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // Graphviz's SVG names an external DTD; well-formedness is what we check, so never fetch it.
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(file.toFile());
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        return List.range(0, nodes.getLength()).map(i -> (Element) nodes.item(i));
    }

    private static Element nextElement(Element from, String tag) {
        org.w3c.dom.Node n = from.getNextSibling();
        while (n != null && !(n instanceof Element)) {
            n = n.getNextSibling();
        }
        assertTrue(n != null && ((Element) n).getLocalName().equals(tag), "expected <" + tag + "> after <" + from.getLocalName() + ">");
        return (Element) n;
    }
}
