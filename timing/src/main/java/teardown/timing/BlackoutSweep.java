package teardown.timing;

import io.vavr.collection.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import teardown.model.Configuration;

/** The blackout of many variants at several memory sizes, one variant per core at a time, in the order given. */
public final class BlackoutSweep {

    private BlackoutSweep() {
    }

    /** For each configuration, one result per memory size (GiB), in the order given. */
    public static List<List<Blackout>> run(List<Configuration> configs, TimingTable table, List<Double> memoryGib, long maxPrefixes) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), configs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "blackout");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Blackout>>> futures = configs.map(c -> pool.submit(() -> BlackoutAnalysis.analyse(c, table, memoryGib, maxPrefixes)));
            return futures.map(BlackoutSweep::await);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Blackout> await(Future<List<Blackout>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
