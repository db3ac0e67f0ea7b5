package teardown.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The repository is self-contained: every relative link in its Markdown resolves (file, and heading
 * for an #anchor), every docs/...#anchor a Java comment cites resolves, and nothing points at the
 * internal notes the project was built from, which a clone does not have.
 */
class DocsLinksTest {

    /** Spelled in pieces so that this file does not match itself. */
    private static final List<String> OUTSIDE = List.of("REF" + "ERENCE.md", "../sh" + "ared");

    private static final Pattern DOCS_ANCHOR = Pattern.compile("docs/[\\w./-]+\\.md#[\\w-]+");

    @Test
    void everyRelativeMarkdownLinkResolves() {
        List<Path> markdown = MarkdownDocs.trackedFiles().filter(f -> f.toString().endsWith(".md"));
        assertTrue(markdown.exists(f -> f.endsWith(Path.of("docs", "model", "README.md"))), "docs/model/README.md is tracked");
        List<String> broken = markdown.flatMap(md -> MarkdownDocs.relativeLinks(md)
                .flatMap(link -> MarkdownDocs.problems(md, link).map(p -> MarkdownDocs.ROOT.relativize(md) + ": " + p)));
        assertEquals(List.empty(), broken, "broken Markdown links");
    }

    @Test
    void everyDocsAnchorCitedInJavaResolves() {
        List<Path> java = MarkdownDocs.trackedFiles().filter(f -> f.toString().endsWith(".java"));
        List<String> cited = List.empty();
        List<String> broken = List.empty();
        for (Path source : java) {
            Matcher m = DOCS_ANCHOR.matcher(MarkdownDocs.read(source));
            while (m.find()) {
                cited = cited.append(m.group());
                broken = broken.appendAll(MarkdownDocs.problems(MarkdownDocs.ROOT.resolve("README.md"), m.group())
                        .map(p -> MarkdownDocs.ROOT.relativize(source) + ": " + p));
            }
        }
        assertFalse(cited.isEmpty(), "the model's Javadoc cites docs/model anchors");
        assertEquals(List.empty(), broken, "docs anchors cited in Java that do not resolve");
    }

    @Test
    void nothingPointsOutsideTheRepository() {
        List<String> offenders = MarkdownDocs.trackedFiles()
                .filter(f -> !f.toString().matches(".*\\.(svg|png|jar|class)$"))
                .flatMap(f -> OUTSIDE.filter(needle -> MarkdownDocs.read(f).contains(needle))
                        .map(needle -> MarkdownDocs.ROOT.relativize(f) + " mentions " + needle));
        assertEquals(List.empty(), offenders, "pointers to files a clone does not have");
    }

    @Test
    void slugsFollowGitHub() {
        assertEquals("no-vanish-before-io-done", MarkdownDocs.slug("no-vanish-before-io-done"));
        assertEquals("the-posts-patch-patched", MarkdownDocs.slug("The post's patch (`patched`)"));
        assertEquals("blkback_remove-on-xenwatch", MarkdownDocs.slug("`blkback_remove` on [xenwatch](x.md)"));
    }
}
