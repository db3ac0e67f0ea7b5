package teardown.cli;

import java.io.PrintStream;

/**
 * What a long run shows while it works. On a terminal, a progress bar on stderr; anywhere else
 * (a pipe, a file, CI, the tests) nothing beyond the plain lines a search has always printed.
 */
interface Progress extends AutoCloseable {

    /** One more of the run's items (a variant, a diagram) is done. */
    void step();

    /** What a long search is doing now: the bar's note on a terminal, a line of its own elsewhere. */
    void note(String text);

    @Override
    void close();

    /** A bar of {@code total} items on stderr when stderr is a terminal, else the plain lines on stderr. */
    static Progress onStderr(String task, int total) {
        return StderrTerminal.isTerminal() ? new TerminalProgress(task, total) : lines(System.err);
    }

    /** No bar: each note is a line on {@code out}. */
    static Progress lines(PrintStream out) {
        return new Progress() {
            @Override
            public void step() {
            }

            @Override
            public void note(String text) {
                out.println(text);
            }

            @Override
            public void close() {
            }
        };
    }
}
