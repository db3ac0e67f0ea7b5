package teardown.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BlackoutPlotTest {

    @Test
    void unsafeDesignsAreDashedAndLabelledAndEqualFiguresShareALine() throws Exception {
        List<Double> memories = List.of(1.0, 4.0, 16.0, 64.0);
        String svg = BlackoutPlot.svg(List.of(
                new BlackoutPlot.Series("healthy", "stock/xend31", List.of(1.2, 2.7, 8.7, 32.7), true),
                new BlackoutPlot.Series("healthy", "patched/xend31", List.of(1.2, 2.7, 8.7, 32.7), true),
                new BlackoutPlot.Series("healthy", "upstream/xendpatched", List.of(0.4, 0.4, 0.4, 0.4), false),
                new BlackoutPlot.Series("hung", "stock/xendpatched", List.of(0.4, 0.4, 0.4, Double.POSITIVE_INFINITY), false)), memories);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList lines = doc.getElementsByTagName("polyline");
        assertEquals(3, lines.getLength(), "stock and patched share one line");
        int dashed = 0;
        for (int i = 0; i < lines.getLength(); i++) {
            Element e = (Element) lines.item(i);
            String title = e.getElementsByTagName("title").item(0).getTextContent();
            assertEquals(title.endsWith("(unsafe)"), e.hasAttribute("stroke-dasharray"), title);
            dashed += e.hasAttribute("stroke-dasharray") ? 1 : 0;
        }
        assertEquals(2, dashed);
        assertTrue(svg.contains("stock, patched/xend31"), svg);
    }
}
