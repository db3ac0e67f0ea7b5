package teardown.diagrams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index's line about the history page. The main job does not run the history (its six cases
 * cost more than the whole default run), so a report folder may or may not hold the page: the
 * index links it when it is there, and otherwise gives the command that writes it into this folder.
 * Either may come first, so {@code teardown history --report} also rewrites this one line of an
 * index already in the folder ({@link #relink}).
 *
 * @param written whether the folder holds {@link HistoryPage#FILE}
 * @param command what writes the page into the folder
 */
public record HistoryLink(boolean written, String command) {

    /** The element's id; {@link #relink} finds the line by it. */
    static final String ID = "history";

    private static final Pattern LINE = Pattern.compile("<p id=\"" + ID + "\">.*?</p>", Pattern.DOTALL);

    /** The line for the report folder {@code out}, as it is on disk now. */
    public static HistoryLink in(Path out) {
        return new HistoryLink(Files.isRegularFile(out.resolve(HistoryPage.FILE)), command(out));
    }

    /** The command that writes the history page into {@code out}, quoted for a shell when the path needs it. */
    public static String command(Path out) {
        String dir = out.toString();
        return "teardown history --report " + (dir.matches("[\\w./-]+") ? dir : "'" + dir.replace("'", "'\\''") + "'");
    }

    String html() {
        return written
                ? "<p id=\"" + ID + "\"><a href=\"" + HistoryPage.FILE + "\">blkback's own history: its fixed bugs, reproduced before"
                + " and after each fix</a></p>\n"
                : "<p id=\"" + ID + "\">blkback's own history, reproduced, is not in this report: <code>" + Html.escape(command)
                + "</code> writes it (it runs the six cases, which take longer than the whole default run).</p>\n";
    }

    /** Makes an index already in {@code out} link the history page; the page is then there. An index without the line is left alone. */
    static void relink(Path out) throws IOException {
        Path index = out.resolve(IndexPage.FILE);
        if (!Files.isRegularFile(index)) {
            return;
        }
        String page = Files.readString(index, StandardCharsets.UTF_8);
        Matcher m = LINE.matcher(page);
        if (m.find()) {
            String linked = new HistoryLink(true, command(out)).html().strip();
            Files.writeString(index, page.substring(0, m.start()) + linked + page.substring(m.end()), StandardCharsets.UTF_8);
        }
    }
}
