package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The bytes a search reports for its stored states, the basis of the bytes-per-state figures in
 * the benchmarks. For a search too small to grow anything, they are the stores' starting arrays,
 * each counted once; the arrays' own growth is pinned where they are tested.
 */
class StoredBytesTest {

    @Test
    void aTinyGraphCostsItsStartingArrays() {
        long rows = 16 + 1024;          // one byte per state, a kilobyte to start
        long parents = 16 + 4 * 256;
        long visited = 32 + 8 * 256;   // half a hash and a number per slot
        long edgeStarts = 16 + 4 * 256;
        long edgeTargets = 16 + 4 * 512;
        long edgeSteps = 16 + 16;       // one byte per edge
        Statistics s = Checker.of(CheckerTest.counter(2)).check().statistics();
        assertEquals("graph", s.storage());
        assertEquals(rows + parents + visited + edgeStarts + edgeTargets + edgeSteps, s.storedBytes());
    }

    @Test
    void aTinyFingerprintSearchCostsItsStartingArrays() {
        long fingerprints = 16 + 8 * 256;
        long parents = 16 + 4 * 256;
        long visited = 32 + 8 * 256 + 8 * 4096; // the table and its cache of recent fingerprints
        Statistics s = Checker.of(CheckerTest.counter(2)).storage(Storage.FINGERPRINTS).check().statistics();
        assertEquals("fingerprints", s.storage());
        assertEquals(fingerprints + parents + visited, s.storedBytes());
    }
}
