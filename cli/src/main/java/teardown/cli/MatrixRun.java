package teardown.cli;

import io.vavr.collection.List;
import java.io.PrintStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import teardown.model.Configuration;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;

/**
 * Checks every configuration of a selection, one exhaustive search each, spread over the
 * machine's cores. Each search is deterministic, and results come back in matrix order. A search
 * that runs out of heap leaves its variant, and every one not yet started, incomplete.
 */
final class MatrixRun {

    private MatrixRun() {
    }

    /**
     * Checks the selection, each search's progress shown on stderr (a bar on a terminal, the plain
     * lines elsewhere).
     *
     * @param keepGraphs false drops each graph once its verdicts are in, so large runs fit the heap;
     *                   the report keeps them to draw them
     */
    static List<VariantResult> run(Selection sel, boolean keepGraphs, VerdictsSoFar soFar) {
        try (Progress progress = Progress.onStderr("checking", soFar.configurations().size())) {
            return run(c -> VariantCheck.run(c, sel.columns(), sel.maxStates(),
                    p -> progress.note(String.format("  ... %s: %,d states (%,.0f/s), %,d transitions, queue %,d, depth %d, %.1f s",
                            c.label(), p.states(), p.statesPerSecond(), p.transitions(), p.queued(), p.depth(), p.seconds()))),
                    System.err, progress, keepGraphs, soFar);
        }
    }

    static List<VariantResult> run(Function<Configuration, VariantResult> search, PrintStream err, boolean keepGraphs,
                                   VerdictsSoFar soFar) {
        return run(search, err, Progress.lines(err), keepGraphs, soFar);
    }

    static List<VariantResult> run(Function<Configuration, VariantResult> search, PrintStream err, Progress progress,
                                   boolean keepGraphs, VerdictsSoFar soFar) {
        List<Configuration> configs = soFar.configurations();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), configs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "checker");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean outOfMemory = new AtomicBoolean();
        try {
            List<Future<?>> futures = configs.zipWithIndex().map(t -> pool.submit(() -> {
                if (outOfMemory.get()) {
                    return;
                }
                try {
                    VariantResult r = search.apply(t._1);
                    soFar.settle(t._2, keepGraphs ? r : r.withoutGraph());
                    progress.step();
                } catch (OutOfMemoryError e) {
                    // The search's graph is unreachable now, so there is heap again for the verdicts already in.
                    outOfMemory.set(true);
                    err.println("teardown: out of memory while checking " + t._1.label() + ": its verdicts and those of"
                            + " the variants not yet started are incomplete; lower --max-states or --requests, or give Java"
                            + " more heap (TEARDOWN_JAVA_OPTS=-Xmx...)");
                }
            }));
            futures.forEach(MatrixRun::await);
            return soFar.results();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
