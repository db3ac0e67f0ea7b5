package teardown.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output for a command that prints its answer as it goes ({@code explain}). Once Ctrl-C's
 * hook stops it, the command's later writes are dropped, so the hook's closing lines never
 * interleave with them; and it counts the whole pieces printed, so the hook knows where to go on.
 */
final class PrintedSoFar {

    private final PrintStream target;
    private boolean stopped;
    private int pieces;
    private boolean midLine;

    PrintedSoFar(PrintStream target) {
        this.target = target;
    }

    /** Prints one whole piece of the answer and counts it, unless the output has been stopped. */
    synchronized void piece(String text) {
        write(text.getBytes(StandardCharsets.UTF_8), true);
    }

    /** For code that prints line by line: writes go through, uncounted, until the output is stopped. */
    PrintStream stream() {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                PrintedSoFar.this.write(java.util.Arrays.copyOfRange(b, off, off + len), false);
            }
        }, true, StandardCharsets.UTF_8);
    }

    private synchronized void write(byte[] bytes, boolean counted) {
        if (stopped) {
            return;
        }
        target.write(bytes, 0, bytes.length);
        target.flush();
        if (bytes.length > 0) {
            midLine = bytes[bytes.length - 1] != '\n';
        }
        if (counted) {
            pieces++;
        }
    }

    /** Stops the command's output for good; returns how many whole pieces it printed. */
    synchronized int stop() {
        stopped = true;
        return pieces;
    }

    /** After {@link #stop}: a line break if the command was cut off in the middle of a line. */
    synchronized String lineBreakIfCut() {
        return midLine ? System.lineSeparator() : "";
    }
}
