package teardown.cli;

import io.vavr.collection.List;
import java.io.PrintStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import teardown.model.Configuration;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;

/**
 * Checks every configuration of a selection, one exhaustive search each, spread over the
 * machine's cores. Each search is deterministic, and results come back in matrix order.
 */
final class MatrixRun {

    private MatrixRun() {
    }

    /** Keeps every explored graph, for the report's diagrams. */
    static List<VariantResult> run(Selection sel, PrintStream progress) {
        return run(sel, progress, true);
    }

    /** @param keepGraphs false drops each graph once its verdicts are in, so large runs fit the heap */
    static List<VariantResult> run(Selection sel, PrintStream progress, boolean keepGraphs) {
        List<Configuration> configs = sel.configurations();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), configs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "checker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<VariantResult>> futures = configs.map(c -> pool.submit(() -> {
                VariantResult r = VariantCheck.run(c, sel.properties(), sel.maxStates(),
                        p -> progress.printf("  ... %s: %,d states (%,.0f/s), %,d transitions, queue %,d, depth %d, %.1f s%n",
                                c.label(), p.states(), p.statesPerSecond(), p.transitions(), p.queued(), p.depth(), p.seconds()));
                return keepGraphs ? r : r.withoutGraph();
            }));
            return futures.map(MatrixRun::await);
        } finally {
            pool.shutdownNow();
        }
    }

    private static VariantResult await(Future<VariantResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                throw new BadInput("out of memory: lower --max-states or --requests");
            }
            throw new IllegalStateException(cause);
        }
    }
}
