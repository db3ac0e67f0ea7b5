package teardown.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index's line about the history page, which the main job does not write: a link when the
 * report folder holds the page, else the command that writes it; and the same line rewritten in
 * place when the page is written after the index. No search and no drawing.
 */
class HistoryLinkTest {

    @Test
    void aFolderWithoutThePageGetsTheCommandThatWritesItThere(@TempDir Path out) {
        HistoryLink line = HistoryLink.in(out);
        assertFalse(line.written());
        assertTrue(line.html().contains("<code>teardown history --report " + out + "</code>"), line.html());
        assertFalse(line.html().contains("href"), line.html());
    }

    @Test
    void aFolderWithThePageGetsALinkToIt(@TempDir Path out) throws Exception {
        Files.writeString(out.resolve(HistoryPage.FILE), "page");
        HistoryLink line = HistoryLink.in(out);
        assertTrue(line.written());
        assertTrue(line.html().contains("<a href=\"history.html\">"), line.html());
        assertFalse(line.html().contains("<code>"), line.html());
    }

    @Test
    void theCommandQuotesAFolderAShellWouldSplit() {
        assertEquals("teardown history --report report", HistoryLink.command(Path.of("report")));
        assertEquals("teardown history --report 'my report'", HistoryLink.command(Path.of("my report")));
    }

    @Test
    void relinkingRewritesOnlyTheHistoryLineOfTheIndex(@TempDir Path out) throws Exception {
        String missing = new HistoryLink(false, HistoryLink.command(out)).html();
        String index = Html.page("index", "<p>before</p>\n" + missing + "<p>after</p>\n");
        Files.writeString(out.resolve(IndexPage.FILE), index);
        HistoryLink.relink(out);
        assertEquals(index.replace(missing, new HistoryLink(true, HistoryLink.command(out)).html()), Files.readString(out.resolve(IndexPage.FILE)));
    }

    @Test
    void anIndexWithoutTheLineIsLeftAsItWas(@TempDir Path out) throws Exception {
        String index = Html.page("index", "<p>no history line</p>\n");
        Files.writeString(out.resolve(IndexPage.FILE), index);
        HistoryLink.relink(out);
        assertEquals(index, Files.readString(out.resolve(IndexPage.FILE)));
        HistoryLink.relink(out.resolve("no-such-folder")); // no index at all: nothing to do, and no error
    }
}
