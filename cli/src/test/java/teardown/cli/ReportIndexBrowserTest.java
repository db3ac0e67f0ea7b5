package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The design-review report as a reviewer opens it: from disk, in a real browser. A small report
 * (two variants, one request) keeps the rendering quick; the index must lead with its summary,
 * and every link and picture on it must resolve.
 */
class ReportIndexBrowserTest {

    @TempDir
    static Path out;

    private static WebDriver browser;

    @BeforeAll
    static void writeAndOpen() {
        Chromium.assumeInstalled();
        Run run = Run.of("report", "--driver", "unpatched,patched", "--toolstack", "xend31", "--disk", "hung",
                "--requests", "1", "--engine", "bundled", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void openIndex() {
        browser.get(out.resolve("index.html").toUri().toString());
        Chromium.await(browser).until(b -> "complete".equals(((JavascriptExecutor) b).executeScript("return document.readyState")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> script(String js) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(js);
    }

    @Test
    void theIndexLeadsWithItsSummaryAndAFilterableMatrix() {
        openIndex();
        List<WebElement> summary = browser.findElements(By.cssSelector("section#summary"));
        Assumptions.assumeFalse(summary.isEmpty(), "the report index has no <section id=\"summary\"> yet: "
                + "the summary that leads the report has not landed on this branch");
        assertTrue(summary.get(0).isDisplayed());
        int top = summary.get(0).getLocation().getY();
        assertTrue(top < 600, "the summary starts on the first screen, " + top + " px down");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript(
                "return !!(document.getElementById('summary').compareDocumentPosition(document.getElementById('matrix'))"
                        + " & Node.DOCUMENT_POSITION_FOLLOWING)"), "the summary comes before the matrix");
        assertFalse(summary.get(0).getText().isBlank(), "the summary says what the run found");
        assertTrue(summary.get(0).getText().contains("violated") || summary.get(0).getText().contains("holds"),
                summary.get(0).getText());
        WebElement matrix = browser.findElement(By.id("matrix"));
        assertEquals("table", matrix.getTagName());
        int rows = matrix.findElements(By.cssSelector("tbody tr, tr")).size();
        assertTrue(rows >= 3, "a header and one row per variant: " + rows);
        assertTrue(browser.findElement(By.id("matrix-filter")).isDisplayed(), "the filter is on the page");
        assertTrue(matrix.getText().contains("unpatched/xend31/hung") && matrix.getText().contains("patched/xend31/hung"),
                "one row per variant checked: " + matrix.getText());
    }

    @Test
    void everyLinkAndPictureOnTheIndexResolves() {
        openIndex();
        List<String> images = script("return Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src)");
        assertTrue(images.isEmpty(), "pictures that do not load: " + images);
        List<String> links = script("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
        assertFalse(links.isEmpty());
        Set<String> pages = new LinkedHashSet<>();
        for (String link : links) {
            URI uri = URI.create(link);
            assertEquals("file", uri.getScheme(), "the report opens from disk with no network: " + link);
            Path target = Path.of(URI.create(uri.getScheme() + ":" + uri.getRawPath()));
            assertTrue(Files.exists(target), "link target exists: " + link);
            pages.add(link);
        }
        for (String link : pages) {
            browser.get(link);
            String fragment = URI.create(link).getFragment();
            if (fragment != null && !fragment.isEmpty()) {
                assertFalse(browser.findElements(By.id(fragment)).isEmpty(), "anchor #" + fragment + " exists in " + link);
            }
            if (link.contains(".html")) {
                List<String> broken = script("return Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src)");
                assertTrue(broken.isEmpty(), link + ": pictures that do not load: " + broken);
            }
        }
    }
}
