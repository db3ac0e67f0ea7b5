package teardown.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Ctrl-C during a long run: a shutdown hook prints the verdicts settled so far, and the JVM then
 * exits 130 (128 + SIGINT) as it does for any SIGINT. Either the hook or the finished run prints
 * the results, never both: whoever claims the output first.
 */
final class CtrlC implements AutoCloseable {

    private final AtomicBoolean outputClaimed = new AtomicBoolean();
    private final Thread hook;

    private CtrlC(Supplier<String> soFar, Supplier<String> note) {
        this.hook = new Thread(() -> {
            if (claimOutput()) {
                System.out.print(soFar.get());
                System.out.flush();
                System.err.println("teardown: interrupted: " + note.get());
            }
        }, "ctrl-c");
    }

    /** Until {@link #close}, an interrupt prints {@code soFar} on stdout and {@code note} on stderr. */
    static CtrlC prints(Supplier<String> soFar, Supplier<String> note) {
        CtrlC c = new CtrlC(soFar, note);
        Runtime.getRuntime().addShutdownHook(c.hook);
        return c;
    }

    /** True for the first caller only: the run calls it before printing its own results. */
    boolean claimOutput() {
        return outputClaimed.compareAndSet(false, true);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run; it owns the output now
        }
    }
}
