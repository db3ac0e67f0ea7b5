package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import teardown.checker.Verdict;
import teardown.model.Driver;
import teardown.properties.PropertyId;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;

/** A matrix run whose search runs out of heap: the verdicts already in stand, the rest are incomplete. */
class MatrixRunTest {

    @Test
    void aSearchOutOfMemoryLeavesItsVariantIncompleteAndKeepsTheOthers() {
        Selection sel = Selection.parse(java.util.List.of("stock,upstream"), java.util.List.of("xend31"), java.util.List.of("healthy"),
                2, null, null, VariantCheck.DEFAULT_MAX_STATES, PropertyId.safety());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        VerdictsSoFar soFar = new VerdictsSoFar(sel);
        // Upstream runs out of heap only once stock's search is under way, so stock is settled whatever the thread timing.
        java.util.concurrent.CountDownLatch stockStarted = new java.util.concurrent.CountDownLatch(1);
        List<VariantResult> results = MatrixRun.run(c -> {
            if (c.driver() == Driver.UPSTREAM) {
                awaitQuietly(stockStarted);
                throw new OutOfMemoryError("Java heap space");
            }
            stockStarted.countDown();
            return VariantCheck.run(c, sel.properties(), sel.maxStates(), p -> { });
        }, new PrintStream(err, true, StandardCharsets.UTF_8), false, soFar);

        assertEquals(2, results.size());
        VariantResult stock = results.get(0);
        assertTrue(stock.statistics().complete());
        assertFalse(stock.properties().exists(o -> o.verdict() == Verdict.INCOMPLETE), "stock was settled before the failure");
        VariantResult upstream = results.get(1);
        assertTrue(upstream.properties().forAll(o -> o.verdict() == Verdict.INCOMPLETE), "the failed search says incomplete");
        assertTrue(VerdictsSoFar.isUnsettled(upstream));
        assertEquals(Main.EXIT_INCOMPLETE, CheckCommand.exitStatus(results));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("out of memory while checking upstream/xend31/healthy"));
        String text = MatrixText.render(sel, results, List.empty());
        assertTrue(text.contains("no search finished (out of memory or interrupted) for upstream/xend31/healthy"), text);
        assertFalse(text.contains("NEVER REACHED"), "an unsettled variant's witnesses are not claimed unreached:\n" + text);
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
