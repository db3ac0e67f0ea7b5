package teardown.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal. {@code System.console()} cannot say: it looks at stdin and
 * stdout, and {@code ./teardown > out.txt} must still show progress while {@code 2> err.txt} must
 * not. Linux names each open file descriptor under /proc; elsewhere this answers no, so no bar.
 */
final class StderrTerminal {

    private StderrTerminal() {
    }

    static boolean isTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** A pseudo-terminal or a console, as opposed to a pipe, a socket, a file or /dev/null. */
    static boolean isTerminalDevice(String path) {
        return path.startsWith("/dev/pts/") || path.startsWith("/dev/tty") || path.equals("/dev/console");
    }
}
