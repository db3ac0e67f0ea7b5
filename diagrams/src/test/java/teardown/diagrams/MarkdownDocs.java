package teardown.diagrams;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository's files and Markdown anchors, as the link checks and the report tests see them. */
final class MarkdownDocs {

    /** Maven runs a module's tests in the module's folder; the repository root is one up. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ID = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Pattern INLINE_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

    private MarkdownDocs() {
    }

    /** Files git tracks (a clone's view); without git, every file outside build output and .git. */
    static List<Path> trackedFiles() {
        try {
            Process p = new ProcessBuilder("git", "ls-files", "-z").directory(ROOT.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0 && !out.isEmpty()) {
                return List.of(out.split("\0")).map(ROOT::resolve).filter(Files::isRegularFile);
            }
        } catch (IOException e) {
            // no git: fall back to the file tree below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return List.ofAll(walk.filter(Files::isRegularFile).filter(f -> {
                String rel = ROOT.relativize(f).toString().replace('\\', '/');
                return !rel.startsWith(".git/") && !rel.contains("target/") && !rel.startsWith("report/");
            }).sorted());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8); // lenient: a binary file is read, not refused
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a Markdown file outside fenced code blocks. */
    private static List<String> prose(Path markdown) {
        List<String> lines = List.empty();
        boolean inFence = false;
        for (String line : read(markdown).split("\n", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
            } else if (!inFence) {
                lines = lines.append(line);
            }
        }
        return lines;
    }

    /** The anchors GitHub gives a Markdown file: one per heading (duplicates numbered), plus explicit HTML ids. */
    static Set<String> anchors(Path markdown) {
        Set<String> anchors = TreeSet.empty();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (String line : prose(markdown)) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                String slug = slug(h.group(1));
                int n = seen.merge(slug, 1, Integer::sum);
                anchors = anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
            }
            Matcher id = HTML_ID.matcher(line);
            while (id.find()) {
                anchors = anchors.add(id.group(1));
            }
        }
        return anchors;
    }

    /** GitHub's heading slug: link syntax reduced to its text, lower case, punctuation dropped, spaces to hyphens. */
    static String slug(String heading) {
        String text = INLINE_LINK.matcher(heading).replaceAll("$1").toLowerCase(Locale.ROOT);
        return text.replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc}\\- ]", "").replace(' ', '-');
    }

    /** Relative link targets of a Markdown file outside code: links and images, as written. */
    static List<String> relativeLinks(Path markdown) {
        List<String> links = List.empty();
        Pattern link = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
        for (String line : prose(markdown)) {
            Matcher m = link.matcher(line.replaceAll("`[^`]*`", ""));
            while (m.find()) {
                String target = m.group(1);
                if (!target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    links = links.append(target);
                }
            }
        }
        return links;
    }

    /**
     * Where a link leads, or why it does not: the file must exist, and an {@code #anchor} must be a
     * heading (or explicit id) of that Markdown file. Empty when it resolves.
     */
    static List<String> problems(Path from, String target) {
        String[] parts = target.split("#", 2);
        Path file = parts[0].isEmpty() ? from : from.getParent().resolve(parts[0]).normalize();
        if (!file.startsWith(ROOT)) {
            return List.of(target + " leads outside the repository");
        }
        if (!Files.exists(file)) {
            return List.of(target + ": no such file " + ROOT.relativize(file));
        }
        if (parts.length == 2 && !parts[1].isEmpty()) {
            if (!file.toString().endsWith(".md")) {
                return List.of(target + ": an anchor into a file that is not Markdown");
            }
            if (!anchors(file).contains(parts[1])) {
                return List.of(target + ": no heading #" + parts[1] + " in " + ROOT.relativize(file));
            }
        }
        return List.empty();
    }
}
