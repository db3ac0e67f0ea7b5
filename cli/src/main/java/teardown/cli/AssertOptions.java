package teardown.cli;

import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import teardown.properties.assertion.Assertion;
import teardown.properties.assertion.AssertionFile;
import teardown.properties.assertion.BadAssertion;

/**
 * {@code --assert 'NAME: EXPR'} and {@code --assert-file FILE}: a user's own properties, in the
 * language of docs/assert.md, checked beside the built-in ones. Declared by every command that
 * checks properties (check, report, explain and the main job). A bad assertion is bad input: the
 * first line says what and where, and a syntax, name or type error shows the text with a caret
 * under its column.
 */
final class AssertOptions {

    /** A run's columns are numbered 1 to 9, then a to z, in the compact matrix: 13 built-ins leave room for 22. */
    static final int MOST = 20;

    @Option(names = "--assert", paramLabel = "'NAME: EXPR'", description = "a property of your own, e.g. 'closed-early: never any vbd:"
            + " backend.state == Closed and any ring: ring.on_ring > 0' (repeatable; see docs/assert.md and 'teardown observables')")
    java.util.List<String> assertions;

    @Option(names = "--assert-file", paramLabel = "FILE", description = "properties of your own, one per line, # starts a comment (repeatable)")
    java.util.List<String> files;

    boolean any() {
        return (assertions != null && !assertions.isEmpty()) || (files != null && !files.isEmpty());
    }

    /** Every assertion given, files after the options, each checked for its name against the ones before it. */
    List<Assertion> parse() {
        List<Assertion> parsed = List.empty();
        for (String text : assertions == null ? java.util.List.<String>of() : assertions) {
            parsed = parsed.append(named(parsed, parse(text, "'" + BadInput.shown(text) + "' for --assert", text), "'"
                    + BadInput.shown(text) + "' for --assert", text));
        }
        for (String file : files == null ? java.util.List.<String>of() : files) {
            String where = "'" + BadInput.shown(file) + "' for --assert-file";
            List<AssertionFile.Line> lines = AssertionFile.lines(read(file, where));
            if (lines.isEmpty()) {
                throw new BadInput("bad value " + where + ": it holds no assertion, only blank lines and comments"
                        + " (valid: a file with one 'NAME: PROPERTY' per line)");
            }
            for (AssertionFile.Line line : lines) {
                String at = where + ", line " + line.number();
                parsed = parsed.append(named(parsed, parse(line.text(), at, line.text()), at, line.text()));
            }
        }
        if (parsed.size() > MOST) {
            throw new BadInput("bad value '" + parsed.size() + " assertions' for --assert (valid: at most " + MOST + " in one run)");
        }
        return parsed;
    }

    private static Assertion parse(String text, String where, String shown) {
        try {
            return Assertion.parse(text);
        } catch (BadAssertion e) {
            throw bad(where, e, shown);
        }
    }

    private static Assertion named(List<Assertion> earlier, Assertion a, String where, String shown) {
        for (String clash : a.nameClash(earlier)) {
            throw bad(where, new BadAssertion(clash, shown.indexOf(a.name()) + 1, "a name used once, not a built-in property's"
                    + " or witness's ('teardown check --help' lists them)"), shown);
        }
        return a;
    }

    /**
     * "bad value 'TEXT' for --assert: column 33: MESSAGE (valid: ...)", then the text and a caret
     * under the column. The text is shown escaped, as the first line shows values, and cut to a
     * window around the column when it is long, so the caret stays under its character.
     */
    static BadInput bad(String where, BadAssertion e, String text) {
        String head = "bad value " + where + ": " + (e.column() > 0 ? "column " + e.column() + ": " : "") + e.getMessage()
                + " (valid: " + e.valid() + ")";
        if (e.column() <= 0) {
            return new BadInput(head);
        }
        int col = Math.min(e.column() - 1, text.length());
        int from = Math.max(0, col - 60);
        int to = Math.min(text.length(), Math.max(col + 40, from + 100));
        String before = (from > 0 ? "\u2026" : "") + BadInput.escaped(text.substring(from, col));
        String after = BadInput.escaped(text.substring(col, to)) + (to < text.length() ? "\u2026" : "");
        return new BadInput(head + System.lineSeparator() + "  " + before + after + System.lineSeparator()
                + "  " + " ".repeat(before.codePointCount(0, before.length())) + "^");
    }

    private static String read(String name, String where) {
        Path file;
        try {
            file = Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new BadInput("bad value " + where + ": not a path (valid: a readable file of assertions, one per line)");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new BadInput("bad value " + where + ": it is not UTF-8 text (valid: a text file of assertions)");
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            throw new BadInput("bad value " + where + ": " + (Files.isDirectory(file) ? "it is a folder"
                    : Files.exists(file) ? "it cannot be read" : "no such file") + " (valid: a readable file of assertions, one per line)");
        }
    }
}
