package teardown.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the command with its exit status and what it printed. */
record Run(int status, String out, String err) {

    /** Runs {@code teardown args...} in this JVM, capturing stdout and stderr. */
    static Run of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return capture(out, args).withOut(out.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code teardown args...} with a stdout whose every write fails, as {@code >/dev/full} does. */
    static Run withFailingStdout(String... args) {
        return capture(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, args);
    }

    private static synchronized Run capture(OutputStream stdout, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.execute(args);
            return new Run(status, "", err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Run withOut(String text) {
        return new Run(status, text, err);
    }

    /** A Java stack trace anywhere in what the run printed. */
    boolean printedStackTrace() {
        String all = out + err;
        return all.contains("Exception") || all.contains("java.lang.") || all.matches("(?s).*\\n\\s+at [\\w$.]+\\(.*");
    }

    /**
     * The single line of an error: asserts there is exactly one, or one followed by the text it is
     * about and a caret under its column (a bad --assert).
     */
    String errorLine() {
        java.util.List<String> lines = err.strip().lines().toList();
        if (lines.size() == 3 && lines.get(2).strip().equals("^")) {
            return lines.get(0);
        }
        if (lines.size() != 1) {
            throw new AssertionError("expected exactly one line on stderr, got " + lines.size() + ":\n" + err);
        }
        return lines.get(0);
    }
}
